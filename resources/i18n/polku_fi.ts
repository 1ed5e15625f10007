<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name></name>
    <message>
        <location filename="../../ui/errors.py" line="32"/>
        <source>The passphrase is not correct.</source>
        <translation>Tunnuslause ei ole oikea.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="34"/>
        <source>Too many wrong passphrases. Try again in %n second(s).</source>
        <translation>Liian monta väärää tunnuslausetta. Yritä uudelleen %n sekunnin kuluttua.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>The passphrase is too short: use at least 10 characters.</source>
        <translation>Tunnuslause on liian lyhyt: käytä vähintään 10 merkkiä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40"/>
        <source>The key file of this profile is missing. Restore it from a backup or ask IT.</source>
        <translation>Profiilin avaintiedosto puuttuu. Palauta se varmuuskopiosta tai ota yhteys IT-tukeen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="42"/>
        <source>The key file of this profile is damaged. Restore it from a backup or ask IT.</source>
        <translation>Profiilin avaintiedosto on vioittunut. Palauta se varmuuskopiosta tai ota yhteys IT-tukeen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="44"/>
        <source>The database file is missing. Nothing was created in its place; ask IT.</source>
        <translation>Tietokantatiedosto puuttuu. Tilalle ei luotu mitään; ota yhteys IT-tukeen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="46"/>
        <source>The database file is damaged. It was left as it is; ask IT to restore it.</source>
        <translation>Tietokantatiedosto on vioittunut. Sitä ei muutettu; pyydä IT-tukea palauttamaan se.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48"/>
        <source>This database was made by a newer version of Polku. Install the newer version.</source>
        <translation>Tietokanta on tehty Polun uudemmalla versiolla. Asenna uudempi versio.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50"/>
        <source>The disk is full. The last change was not saved. Free some space and try again.</source>
        <translation>Levy on täynnä. Viimeisintä muutosta ei tallennettu. Vapauta tilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52"/>
        <source>Please check the field: %1</source>
        <translation>Tarkista kenttä: %1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>The record no longer exists. It may have been removed on another device.</source>
        <translation>Tietuetta ei enää ole. Se on ehkä poistettu toisella laitteella.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="58"/>
        <source>The server address uses plain HTTP, which is not encrypted: use an https:// address. Plain HTTP is allowed only to this computer, or when IT allows it in the machine-wide polku.ini ([sync] allow_plain_http).</source>
        <translation>Palvelimen osoite käyttää salaamatonta HTTP-yhteyttä: käytä https://-osoitetta. Salaamaton HTTP on sallittu vain tähän tietokoneeseen tai kun IT-tuki sallii sen koneen yhteisessä polku.ini-tiedostossa ([sync] allow_plain_http).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <source>The server address must start with https://.</source>
        <translation>Palvelimen osoitteen pitää alkaa https://.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>Something went wrong that Polku did not expect.</source>
        <translation>Tapahtui odottamaton virhe.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="72"/>
        <location filename="../../ui/errors.py" line="82"/>
        <source>Polku</source>
        <translation>Polku</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>Your saved work is safe. The details are in the log folder:</source>
        <translation>Tallennettu työsi on tallessa. Lisätiedot ovat lokikansiossa:</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="88"/>
        <source>Copy details</source>
        <translation>Kopioi tiedot</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <location filename="../../ui/assessment_form.py" line="160"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="161"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="162"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="163"/>
        <source>Goals and wishes</source>
        <translation>Tavoitteet ja toiveet</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="164"/>
        <source>Previous education</source>
        <translation>Aiempi koulutus</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="165"/>
        <source>Work history</source>
        <translation>Työhistoria</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="166"/>
        <source>Language skills</source>
        <translation>Kielitaito</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="167"/>
        <source>Literacy</source>
        <translation>Luku- ja kirjoitustaito</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="168"/>
        <source>Learning and study skills</source>
        <translation>Oppimis- ja opiskeluvalmiudet</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="169"/>
        <source>Working-life skills</source>
        <translation>Työelämävalmiudet</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="170"/>
        <source>Work and functional capacity</source>
        <translation>Työ- ja toimintakyky</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="171"/>
        <source>Life situation and family</source>
        <translation>Elämäntilanne ja perhe</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="172"/>
        <source>Other factors</source>
        <translation>Muut tekijät</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="173"/>
        <source>Need for education</source>
        <translation>Koulutustarve</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="174"/>
        <source>Need for other integration services</source>
        <translation>Muiden kotoutumista edistävien palvelujen tarve</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="175"/>
        <source>Participation in NGO and community activities</source>
        <translation>Osallistuminen järjestö- ja yhteisötoimintaan</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="176"/>
        <source>Finnish level</source>
        <translation>Suomen kielen taso</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="177"/>
        <source>Swedish level</source>
        <translation>Ruotsin kielen taso</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="178"/>
        <source>Integration plan needed</source>
        <translation>Kotoutumissuunnitelma tarpeen</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="179"/>
        <location filename="../../ui/assessment_form.py" line="211"/>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="180"/>
        <source>Notes on the outcome</source>
        <translation>Huomioita lopputuloksesta</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="181"/>
        <source>Reasons for going ahead despite a rule finding</source>
        <translation>Perustelut poikkeamille säännöistä</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="206"/>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="206"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="210"/>
        <source>Skills and service needs (KotoL §14)</source>
        <translation>Osaaminen ja palvelutarpeet (KotoL 14 §)</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="356"/>
        <source>Before completing, fix these or record a reason for each:</source>
        <translation>Ennen valmiiksi merkitsemistä korjaa nämä tai kirjaa kullekin perustelu:</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="365"/>
        <source>A multidisciplinary assessment names its participants: add them above.</source>
        <translation>Monialaiseen arviointiin kirjataan sen osallistujat: lisää ne yllä.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="368"/>
        <source>Please check the field: %1</source>
        <translation>Tarkista kenttä: %1</translation>
    </message>
    <message>
        <source>Participants (multidisciplinary assessment, §15)</source>
        <translation type="vanished">Osallistujat (monialainen arviointi, 15 §)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Nimi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="vanished">Organisaatio</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="vanished">Rooli</translation>
    </message>
    <message>
        <source>Participant name</source>
        <translation type="vanished">Osallistujan nimi</translation>
    </message>
    <message>
        <source>Participant organisation</source>
        <translation type="vanished">Osallistujan organisaatio</translation>
    </message>
    <message>
        <source>Participant role</source>
        <translation type="vanished">Osallistujan rooli</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="vanished">Osallistujat</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation type="vanished">Lisää osallistuja</translation>
    </message>
    <message>
        <source>Remove selected participant</source>
        <translation type="vanished">Poista valittu osallistuja</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="212"/>
        <source>Mark assessment completed</source>
        <translation>Merkitse arviointi valmiiksi</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="274"/>
        <source>Unsaved changes…</source>
        <translation>Tallentamattomia muutoksia…</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="292"/>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="309"/>
        <source>All changes saved %1</source>
        <translation>Kaikki muutokset tallennettu %1</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="319"/>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="350"/>
        <source>Assessment completed</source>
        <translation>Arviointi valmis</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <location filename="../../ui/assessment_tab.py" line="49"/>
        <source>Assessment</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_tab.py" line="50"/>
        <source>Start a basic assessment</source>
        <translation>Aloita arviointi</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_tab.py" line="51"/>
        <source>Start a multidisciplinary assessment</source>
        <translation>Aloita monialainen arviointi</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_tab.py" line="52"/>
        <source>No assessment yet. Start one with the buttons above.</source>
        <translation>Arviointia ei vielä ole. Aloita yllä olevilla painikkeilla.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_tab.py" line="86"/>
        <source>no date</source>
        <translation>ei päivämäärää</translation>
    </message>
</context>
<context>
    <name>BookMeetingDialog</name>
    <message>
        <location filename="../../ui/meetings_tab.py" line="65"/>
        <source>Book a meeting</source>
        <translation>Varaa tapaaminen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="80"/>
        <source>Starts</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="81"/>
        <source>Minutes</source>
        <translation>Minuuttia</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="82"/>
        <source>How</source>
        <translation>Miten</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="83"/>
        <source>Purpose</source>
        <translation>Tarkoitus</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="84"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="85"/>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="86"/>
        <source>Interpreter language</source>
        <translation>Tulkkauskieli</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../ui/caseload_model.py" line="55"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="56"/>
        <source>Name in Latin letters</source>
        <translation>Nimi latinalaisin kirjaimin</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="57"/>
        <source>Born</source>
        <translation>Syntynyt</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="58"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="59"/>
        <source>Plan</source>
        <translation>Suunnitelma</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="60"/>
        <source>Next review</source>
        <translation>Seuraava päivitys</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="65"/>
        <source>No plan</source>
        <translation>Ei suunnitelmaa</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="67"/>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="68"/>
        <source>Agreed</source>
        <translation>Sovittu</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="69"/>
        <source>Signed</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="70"/>
        <source>Closed</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="105"/>
        <source>Review overdue</source>
        <translation>Päivitys myöhässä</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="105"/>
        <source>Review due within a week</source>
        <translation>Päivitys viikon sisällä</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../../ui/caseload.py" line="86"/>
        <source>Caseload</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="87"/>
        <source>Search by name (any script) or date of birth…</source>
        <translation>Hae nimellä (millä tahansa kirjaimistolla) tai syntymäajalla…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="88"/>
        <source>Search clients</source>
        <translation>Hae asiakkaita</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="89"/>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="92"/>
        <source>All municipalities</source>
        <translation>Kaikki kunnat</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="98"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="101"/>
        <source>Any review date</source>
        <translation>Päivityspäivä: kaikki</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="102"/>
        <source>Review due within a week</source>
        <translation>Päivitys viikon sisällä</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="102"/>
        <source>Review overdue</source>
        <translation>Päivitys myöhässä</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="104"/>
        <source>Review</source>
        <translation>Päivitys</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="107"/>
        <source>Any plan state</source>
        <translation>Suunnitelman tila: kaikki</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="110"/>
        <source>Plan state</source>
        <translation>Suunnitelman tila</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="111"/>
        <source>Needs attention</source>
        <translation>Vaatii huomiota</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="112"/>
        <source>Missing data needed by the rules, or a review overdue</source>
        <translation>Sääntöjen tarvitsemia tietoja puuttuu tai päivitys on myöhässä</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="113"/>
        <source>Delete client…</source>
        <translation>Poista asiakas…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="114"/>
        <source>Deleted clients can be restored from Recently deleted for 30 days</source>
        <translation>Poistetut asiakkaat voi palauttaa 30 päivän ajan Äskettäin poistetut -sivulta</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="155"/>
        <source>Loading clients…</source>
        <translation>Ladataan asiakkaita…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="158"/>
        <source>%1 of %2 clients</source>
        <translation>%1 / %2 asiakasta</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="182"/>
        <source>Delete client</source>
        <translation>Poista asiakas</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="183"/>
        <source>Delete %1? The client can be restored from Recently deleted for 30 days.</source>
        <translation>Poistetaanko %1? Asiakkaan voi palauttaa 30 päivän ajan Äskettäin poistetut -sivulta.</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../ui/plan_models.py" line="214"/>
        <source>kind</source>
        <translation>laji</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="215"/>
        <source>responsible party</source>
        <translation>vastuutaho</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="216"/>
        <source>period start</source>
        <translation>kauden alku</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="217"/>
        <source>period end</source>
        <translation>kauden loppu</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="218"/>
        <source>summary</source>
        <translation>yhteenveto</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="219"/>
        <source>area</source>
        <translation>osa-alue</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="220"/>
        <source>text</source>
        <translation>teksti</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="221"/>
        <source>provider</source>
        <translation>palveluntuottaja</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="222"/>
        <source>other provider</source>
        <translation>muu palveluntuottaja</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="223"/>
        <source>start</source>
        <translation>alkaa</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="224"/>
        <source>end</source>
        <translation>päättyy</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="225"/>
        <source>status</source>
        <translation>tila</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="226"/>
        <source>details</source>
        <translation>lisätiedot</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="227"/>
        <source>hours</source>
        <translation>tunnit</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="228"/>
        <source>language</source>
        <translation>kieli</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="248"/>
        <source>Goal added: %1</source>
        <translation>Tavoite lisätty: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="248"/>
        <source>Measure added: %1</source>
        <translation>Toimenpide lisätty: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="252"/>
        <source>Goal removed: %1</source>
        <translation>Tavoite poistettu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="252"/>
        <source>Measure removed: %1</source>
        <translation>Toimenpide poistettu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="257"/>
        <source>Plan %1: %2 → %3</source>
        <translation>Suunnitelma, %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="259"/>
        <source>Goal text: %1 → %2</source>
        <translation>Tavoitteen teksti: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="260"/>
        <source>Goal “%4”, %1: %2 → %3</source>
        <translation>Tavoite ”%4”, %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="260"/>
        <source>%4, %1: %2 → %3</source>
        <translation>%4, %1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>ChooseValueDialog</name>
    <message>
        <location filename="../../ui/choose_value.py" line="35"/>
        <source>Not recorded</source>
        <translation>Ei kirjattu</translation>
    </message>
    <message>
        <location filename="../../ui/choose_value.py" line="38"/>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location filename="../../ui/choose_value.py" line="39"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <location filename="../../ui/choose_value.py" line="58"/>
        <location filename="../../ui/choose_value.py" line="72"/>
        <source>Changed meanwhile</source>
        <translation>Muutettu sillä välin</translation>
    </message>
    <message>
        <location filename="../../ui/choose_value.py" line="62"/>
        <source>While you were editing, these fields were changed on this laptop (a sync brought a colleague&apos;s change, or another window saved). Choose which value to keep.</source>
        <translation>Sillä aikaa kun muokkasit, näitä kenttiä muutettiin tällä koneella (synkronointi toi kollegan muutoksen tai toinen ikkuna tallensi). Valitse, kumpi arvo säilytetään.</translation>
    </message>
    <message>
        <location filename="../../ui/choose_value.py" line="70"/>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <location filename="../../ui/choose_value.py" line="71"/>
        <source>Before your edit</source>
        <translation>Ennen muokkaustasi</translation>
    </message>
    <message>
        <location filename="../../ui/choose_value.py" line="73"/>
        <source>Yours</source>
        <translation>Sinun</translation>
    </message>
    <message>
        <location filename="../../ui/choose_value.py" line="80"/>
        <source>Keep the value changed meanwhile: %1</source>
        <translation>Säilytä sillä välin muutettu arvo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/choose_value.py" line="82"/>
        <source>Keep your value: %1</source>
        <translation>Säilytä oma arvosi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/choose_value.py" line="93"/>
        <source>Keep my choices</source>
        <translation>Säilytä valintani</translation>
    </message>
    <message>
        <location filename="../../ui/choose_value.py" line="94"/>
        <source>Decide later</source>
        <translation>Päätän myöhemmin</translation>
    </message>
    <message>
        <location filename="../../ui/choose_value.py" line="95"/>
        <source>Both values are kept on the Conflicts page until you choose.</source>
        <translation>Molemmat arvot säilyvät Ristiriidat-sivulla, kunnes valitset.</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <location filename="../../ui/client_form.py" line="135"/>
        <source>Not recorded</source>
        <translation>Ei kirjattu</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="155"/>
        <source>First names</source>
        <translation>Etunimet</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="156"/>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="157"/>
        <source>Name in Latin letters</source>
        <translation>Nimi latinalaisin kirjaimin</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="158"/>
        <source>Date of birth</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="159"/>
        <source>Gender</source>
        <translation>Sukupuoli</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="160"/>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="161"/>
        <source>Home municipality</source>
        <translation>Kotikunta</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="162"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="163"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="164"/>
        <source>Preferred language</source>
        <translation>Asiointikieli</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="165"/>
        <source>Needs an interpreter</source>
        <translation>Tarvitsee tulkin</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="166"/>
        <source>Interpreter language</source>
        <translation>Tulkkauskieli</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="167"/>
        <source>Literacy</source>
        <translation>Luku- ja kirjoitustaito</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="168"/>
        <source>Residence permit type</source>
        <translation>Oleskeluluvan tyyppi</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="169"/>
        <source>Basis of residence</source>
        <translation>Oleskelun peruste</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="170"/>
        <source>Permit through the asylum process</source>
        <translation>Oleskelulupa turvapaikkaprosessin kautta</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="171"/>
        <source>First permit, card or registration</source>
        <translation>Ensimmäinen lupa, kortti tai rekisteröinti</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="172"/>
        <source>Labour market status</source>
        <translation>Työmarkkina-asema</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="173"/>
        <source>Family situation</source>
        <translation>Perhetilanne</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="174"/>
        <source>Notes on family</source>
        <translation>Huomioita perheestä</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="175"/>
        <source>Receives child home care allowance</source>
        <translation>Saa kotihoidon tukea</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="176"/>
        <source>Need for social assistance has become prolonged</source>
        <translation>Toimeentulotuen tarve on pitkittynyt</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="177"/>
        <source>Evident social or health service needs</source>
        <translation>Ilmeisiä sosiaali- ja terveyspalvelujen tarpeita</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="178"/>
        <source>Unaccompanied minor</source>
        <translation>Ilman huoltajaa tullut alaikäinen</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="179"/>
        <source>Victim of human trafficking</source>
        <translation>Ihmiskaupan uhri</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="180"/>
        <source>Referred by another authority</source>
        <translation>Toisen viranomaisen ohjaama</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="181"/>
        <source>Referring authority</source>
        <translation>Ohjaava viranomainen</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="182"/>
        <source>Asked for an assessment</source>
        <translation>On pyytänyt arviointia</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="183"/>
        <source>Family member of a person granted protection</source>
        <translation>Suojelua saaneen perheenjäsen</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="184"/>
        <source>Needs coordinated municipal and county services</source>
        <translation>Tarvitsee kunnan ja hyvinvointialueen palvelujen yhteensovittamista</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="190"/>
        <source>Identity and contact</source>
        <translation>Henkilö- ja yhteystiedot</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="191"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="192"/>
        <source>Residence and situation</source>
        <translation>Oleskelu ja elämäntilanne</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="193"/>
        <source>Special statuses (KotoL §14-15)</source>
        <translation>Erityiset tilanteet (KotoL 14-15 §)</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="216"/>
        <source>Please check the field: %1</source>
        <translation>Tarkista kenttä: %1</translation>
    </message>
</context>
<context>
    <name>ClientRecordView</name>
    <message>
        <location filename="../../ui/client_record.py" line="156"/>
        <source>← Caseload</source>
        <translation>← Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="157"/>
        <source>Back to caseload</source>
        <translation>Takaisin asiakaslistaan</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="168"/>
        <source>Assessment</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="169"/>
        <source>Integration plan</source>
        <translation>Kotoutumissuunnitelma</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="170"/>
        <source>Meetings and notes</source>
        <translation>Tapaamiset ja muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="171"/>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="299"/>
        <source>All changes saved %1</source>
        <translation>Kaikki muutokset tallennettu %1</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="307"/>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="166"/>
        <source>Details</source>
        <translation>Perustiedot</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="167"/>
        <source>Eligibility and rules</source>
        <translation>Oikeus ja säännöt</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="160"/>
        <source>Save changes</source>
        <translation>Tallenna muutokset</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="161"/>
        <source>Print or save…</source>
        <translation>Tulosta tai tallenna…</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="222"/>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="266"/>
        <location filename="../../ui/client_record.py" line="300"/>
        <source>Unsaved changes…</source>
        <translation>Tallentamattomia muutoksia…</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="272"/>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="vanished">Tallennettu %1</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../ui/conflicts.py" line="77"/>
        <location filename="../../ui/conflicts.py" line="108"/>
        <source>Record</source>
        <translation>Tietue</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="78"/>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="79"/>
        <source>Before</source>
        <translation>Ennen</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="80"/>
        <source>On the server</source>
        <translation>Palvelimella</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="81"/>
        <source>On this laptop</source>
        <translation>Tällä koneella</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="109"/>
        <source>Made</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="110"/>
        <source>Why it was refused</source>
        <translation>Miksi hylättiin</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="111"/>
        <source>What was entered</source>
        <translation>Mitä kirjattiin</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="128"/>
        <source>Outside your caseload: the client&apos;s municipality or counsellor is not one of yours.</source>
        <translation>Asiakasmääräsi ulkopuolella: asiakkaan kunta tai ohjaaja ei ole sinun.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="130"/>
        <source>The server could not accept these values (the app may need an update).</source>
        <translation>Palvelin ei voinut hyväksyä näitä tietoja (sovellus voi tarvita päivityksen).</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="131"/>
        <source>The record it belongs to is not on the server.</source>
        <translation>Tietuetta, johon tämä kuuluu, ei ole palvelimella.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="132"/>
        <source>The record is no longer on the server.</source>
        <translation>Tietuetta ei enää ole palvelimella.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="133"/>
        <source>Refused by the server ({code}).</source>
        <translation>Palvelin hylkäsi ({code}).</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="137"/>
        <source>Client details</source>
        <translation>Asiakkaan tiedot</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="138"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="139"/>
        <source>Assessment</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="140"/>
        <source>Participant</source>
        <translation>Osallistuja</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="141"/>
        <source>Integration plan</source>
        <translation>Kotoutumissuunnitelma</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="142"/>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="143"/>
        <source>Measure</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="144"/>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="145"/>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="149"/>
        <source>Conflicts to review</source>
        <translation>Tarkistettavat ristiriidat</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="152"/>
        <source>The same field was changed differently on two devices. Nothing was lost: choose which value stays, or write the combined one.</source>
        <translation>Samaa kenttää on muutettu eri tavoin kahdella laitteella. Mitään ei menetetty: valitse, kumpi arvo jää, tai kirjoita yhdistetty arvo.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="156"/>
        <source>Keep the server&apos;s value</source>
        <translation>Pidä palvelimen arvo</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="157"/>
        <source>Keep this laptop&apos;s value</source>
        <translation>Pidä tämän koneen arvo</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="158"/>
        <source>Write a combined value…</source>
        <translation>Kirjoita yhdistetty arvo…</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="159"/>
        <source>Conflicts</source>
        <translation>Ristiriidat</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="160"/>
        <location filename="../../ui/conflicts.py" line="168"/>
        <source>Changes the server refused</source>
        <translation>Palvelimen hylkäämät muutokset</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="163"/>
        <source>These changes were not taken by the server and are kept here with the reason. Copy what was entered and enter it again where it belongs, or ask the office.</source>
        <translation>Palvelin ei ottanut näitä muutoksia vastaan. Ne säilytetään tässä syineen. Kopioi kirjattu sisältö ja kirjaa se uudelleen oikeaan paikkaan, tai kysy toimistolta.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="167"/>
        <source>Copy what was entered</source>
        <translation>Kopioi kirjattu sisältö</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="224"/>
        <source>Combined value</source>
        <translation>Yhdistetty arvo</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="225"/>
        <source>The value that stays:</source>
        <translation>Jäävä arvo:</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="243"/>
        <source>This field changed again meanwhile. The list now shows the newer value: choose again.</source>
        <translation>Kenttää on sillä välin muutettu taas. Luettelossa on nyt uudempi arvo: valitse uudelleen.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/dashboard.py" line="56"/>
        <location filename="../../ui/dashboard.py" line="57"/>
        <location filename="../../ui/dashboard.py" line="58"/>
        <location filename="../../ui/dashboard.py" line="59"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="56"/>
        <source>Review was due</source>
        <translation>Päivitys olisi pitänyt tehdä</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="57"/>
        <source>Review due</source>
        <translation>Päivitys viimeistään</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="58"/>
        <source>What is pending</source>
        <translation>Mikä on kesken</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="59"/>
        <source>Missing</source>
        <translation>Puuttuu</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="88"/>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="91"/>
        <source>Reviews overdue</source>
        <translation>Myöhässä olevat päivitykset</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="92"/>
        <source>Reviews due this week</source>
        <translation>Päivitykset tällä viikolla</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="93"/>
        <source>Assessments pending</source>
        <translation>Keskeneräiset arvioinnit</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="94"/>
        <source>Clients with missing data</source>
        <translation>Asiakkaat, joilta puuttuu tietoja</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="95"/>
        <source>Unsynced changes</source>
        <translation>Synkronoimattomat muutokset</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="134"/>
        <source>Draft assessment to finish</source>
        <translation>Arvioinnin luonnos kesken</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="136"/>
        <source>Assessment must be made</source>
        <translation>Arviointi on tehtävä</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="144"/>
        <source>First permit date or labour market status</source>
        <translation>Ensimmäisen luvan päivä tai työmarkkina-asema</translation>
    </message>
</context>
<context>
    <name>EligibilityView</name>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="42"/>
        <source>An assessment must be made</source>
        <translation>Arviointi on tehtävä</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="43"/>
        <source>An assessment may be made if you judge it needed</source>
        <translation>Arviointi voidaan tehdä, jos arvioit sen tarpeelliseksi</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="44"/>
        <source>Not eligible for an assessment</source>
        <translation>Ei oikeutta arviointiin</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="45"/>
        <source>Cannot decide: data missing</source>
        <translation>Ei voida ratkaista: tietoja puuttuu</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="46"/>
        <source>No rules in force for this date</source>
        <translation>Tälle päivälle ei ole voimassa olevia sääntöjä</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="65"/>
        <source>What the law says</source>
        <translation>Mitä laki sanoo</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="68"/>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="73"/>
        <source>Three-year window ended on %1</source>
        <translation>Kolmen vuoden määräaika päättyi %1</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="75"/>
        <source>Three-year window ends on %1</source>
        <translation>Kolmen vuoden määräaika päättyy %1</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="79"/>
        <source>Multidisciplinary assessment recommended</source>
        <translation>Monialaista arviointia suositellaan</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="81"/>
        <source>Multidisciplinary assessment not indicated</source>
        <translation>Monialaiselle arvioinnille ei ole perustetta</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="85"/>
        <source>Participants from the wellbeing services county (Liite 1)</source>
        <translation>Osallistujat hyvinvointialueelta (Liite 1)</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="88"/>
        <source>Required:</source>
        <translation>Vaaditaan:</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="89"/>
        <source>If needed:</source>
        <translation>Tarvittaessa:</translation>
    </message>
    <message>
        <source>Invite:</source>
        <translation type="vanished">Kutsu mukaan:</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="92"/>
        <source>Responsible party: %1</source>
        <translation>Vastuutaho: %1</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="97"/>
        <source>Rules data version %1</source>
        <translation>Sääntötiedoston versio %1</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../ui/enroll_dialog.py" line="21"/>
        <source>Connect to the Polku server</source>
        <translation>Yhdistä Polku-palvelimeen</translation>
    </message>
    <message>
        <location filename="../../ui/enroll_dialog.py" line="31"/>
        <source>IT sees this name in the list of devices connected to the server.</source>
        <translation>IT-tuki näkee tämän nimen palvelimeen yhdistettyjen laitteiden luettelossa.</translation>
    </message>
    <message>
        <location filename="../../ui/enroll_dialog.py" line="35"/>
        <source>Server address</source>
        <translation>Palvelimen osoite</translation>
    </message>
    <message>
        <location filename="../../ui/enroll_dialog.py" line="36"/>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../ui/enroll_dialog.py" line="37"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../../ui/enroll_dialog.py" line="38"/>
        <source>Name of this laptop</source>
        <translation>Tämän koneen nimi</translation>
    </message>
    <message>
        <location filename="../../ui/enroll_dialog.py" line="50"/>
        <source>Your password is used once, to register this laptop. It is not stored.</source>
        <translation>Salasanaa käytetään kerran tämän koneen rekisteröintiin. Sitä ei tallenneta.</translation>
    </message>
</context>
<context>
    <name>FieldVisitView</name>
    <message>
        <location filename="../../ui/field_visit.py" line="50"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="51"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="52"/>
        <source>Interpreter</source>
        <translation>Tulkki</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="53"/>
        <source>To do at the meeting</source>
        <translation>Tehtävää tapaamisessa</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="80"/>
        <source>Field visit</source>
        <translation>Jalkautuminen</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="82"/>
        <source>The clients booked in one municipality on one day, and what each meeting needs.</source>
        <translation>Yhden kunnan yhden päivän tapaamiset ja mitä kussakin on tehtävä.</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="84"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Kunta</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="85"/>
        <source>&amp;Day</source>
        <translation>&amp;Päivä</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="86"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="87"/>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="88"/>
        <source>Meetings</source>
        <translation>Tapaamiset</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="95"/>
        <source>Assessment due</source>
        <translation>Arviointi tehtävä</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="96"/>
        <source>Finish the draft assessment</source>
        <translation>Viimeistele arvioinnin luonnos</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="97"/>
        <source>Draft the integration plan</source>
        <translation>Laadi kotoutumissuunnitelma</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="98"/>
        <source>Plan review due</source>
        <translation>Suunnitelman päivitys</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="99"/>
        <source>Plan to sign</source>
        <translation>Suunnitelma allekirjoitettavana</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="100"/>
        <source>Ask for missing data</source>
        <translation>Kysy puuttuvat tiedot</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="123"/>
        <source>Nothing pending</source>
        <translation>Ei avoimia tehtäviä</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="127"/>
        <source>%1 meetings</source>
        <translation>%1 tapaamista</translation>
    </message>
</context>
<context>
    <name>FindingsBox</name>
    <message>
        <location filename="../../ui/assessment_findings.py" line="54"/>
        <source>Rule findings</source>
        <translation>Poikkeamat säännöistä</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_findings.py" line="56"/>
        <source>Before the assessment can be completed, fix each finding or record why you go ahead.</source>
        <translation>Ennen kuin arvioinnin voi merkitä valmiiksi, korjaa kukin poikkeama tai kirjaa, miksi etenet silti.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_findings.py" line="66"/>
        <source>reason recorded</source>
        <translation>perustelu kirjattu</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_findings.py" line="66"/>
        <source>needs a reason</source>
        <translation>perustelu puuttuu</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_findings.py" line="95"/>
        <source>Reason for going ahead</source>
        <translation>Perustelu etenemiselle</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_findings.py" line="97"/>
        <source>Reason for going ahead: %1</source>
        <translation>Perustelu etenemiselle: %1</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../ui/plan_findings.py" line="124"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/plan_findings.py" line="134"/>
        <source>Rule findings: %1 of %2 without a reason</source>
        <translation>Sääntöhavainnot: %1/%2 ilman perustelua</translation>
    </message>
    <message>
        <location filename="../../ui/plan_findings.py" line="137"/>
        <source>Rule findings: each has a recorded reason</source>
        <translation>Sääntöhavainnot: jokaiselle on kirjattu perustelu</translation>
    </message>
    <message>
        <location filename="../../ui/plan_findings.py" line="140"/>
        <source>The plan can be drafted and saved as it is. Before it is agreed or signed, record for each finding why you go ahead; the reasons are printed on the office copy only.</source>
        <translation>Suunnitelman voi laatia ja tallentaa tällaisenaan. Ennen kuin se sovitaan tai allekirjoitetaan, kirjaa jokaiselle havainnolle, miksi jatkat silti; perustelut tulostuvat vain sisäiseen kappaleeseen.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_findings.py" line="146"/>
        <source>Reason for going ahead</source>
        <translation>Perustelu jatkamiselle</translation>
    </message>
    <message>
        <location filename="../../ui/plan_findings.py" line="147"/>
        <location filename="../../ui/plan_findings.py" line="218"/>
        <source>Reason: %1</source>
        <translation>Perustelu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_findings.py" line="148"/>
        <source>Save reason</source>
        <translation>Tallenna perustelu</translation>
    </message>
    <message>
        <location filename="../../ui/plan_findings.py" line="215"/>
        <source>No reason</source>
        <translation>Ei perustelua</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <location filename="../../ui/first_run.py" line="82"/>
        <source>Welcome to Polku</source>
        <translation>Tervetuloa Polkuun</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="86"/>
        <source>Your clients&apos; data is stored on this laptop encrypted with a passphrase only you know. Choose a long passphrase: a few words you can remember. If you forget it, your organisation&apos;s administrator can set a new one with the organisation&apos;s recovery key; nothing is lost.</source>
        <translation>Asiakkaidesi tiedot tallennetaan tähän kannettavaan salattuna tunnuslauseella, jonka vain sinä tiedät. Valitse pitkä tunnuslause: muutama sana, jotka muistat. Jos unohdat sen, organisaatiosi pääkäyttäjä voi asettaa uuden organisaation palautusavaimella; mitään ei menetetä.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="93"/>
        <source>Your clients&apos; data is stored on this laptop encrypted with a passphrase only you know. Choose a long passphrase: a few words you can remember. If you forget it, the data cannot be opened.</source>
        <translation>Asiakkaidesi tiedot tallennetaan tälle koneelle salattuina tunnuslauseella, jonka vain sinä tiedät. Valitse pitkä tunnuslause: muutama sana, jotka muistat. Jos unohdat sen, tietoja ei voi avata.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="99"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="100"/>
        <source>Your &amp;user name</source>
        <translation>&amp;Käyttäjätunnuksesi</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="101"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Tunnuslause</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="102"/>
        <source>&amp;Confirm passphrase</source>
        <translation>&amp;Vahvista tunnuslause</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="103"/>
        <source>&amp;Server address (optional)</source>
        <translation>&amp;Palvelimen osoite (valinnainen)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="112"/>
        <source>Create my profile</source>
        <translation>Luo profiilini</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="117"/>
        <source>Too short: at least 10 characters</source>
        <translation>Liian lyhyt: vähintään 10 merkkiä</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="118"/>
        <source>Weak: add words or characters</source>
        <translation>Heikko: lisää sanoja tai merkkejä</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="119"/>
        <source>Fair</source>
        <translation>Kohtalainen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="120"/>
        <source>Good</source>
        <translation>Hyvä</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="121"/>
        <source>Strong</source>
        <translation>Vahva</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="140"/>
        <source>The passphrases do not match.</source>
        <translation>Tunnuslauseet eivät täsmää.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="73"/>
        <source>New goal</source>
        <translation>Uusi tavoite</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="73"/>
        <source>Edit goal</source>
        <translation>Muokkaa tavoitetta</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="74"/>
        <source>Area</source>
        <translation>Osa-alue</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="74"/>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <location filename="../../ui/plan_models.py" line="118"/>
        <source>Area</source>
        <translation>Osa-alue</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="118"/>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <location filename="../../ui/main_window.py" line="113"/>
        <location filename="../../ui/main_window.py" line="122"/>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Polku</source>
        <translation>Polku</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>The server needs a newer version of Polku. Your changes are kept on this laptop and are sent after IT has installed the update.</source>
        <translation>Palvelin edellyttää Polun uudempaa versiota. Muutoksesi säilyvät tällä koneella ja lähetetään, kun IT-tuki on asentanut päivityksen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>The server no longer accepts this laptop&apos;s sign-in. Connect again with your user name and password; nothing on this laptop was lost.</source>
        <translation>Palvelin ei enää hyväksy tämän koneen kirjautumista. Yhdistä uudelleen käyttäjätunnuksellasi ja salasanallasi; koneelta ei menetetty mitään.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>Changes not yet sent: %1. Access-log entries not yet sent: %2. Conflicts: %3.</source>
        <translation>Lähettämättömiä muutoksia: %1. Lähettämättömiä lokimerkintöjä: %2. Ristiriitoja: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>The administrator has removed this laptop from Polku. The client data on it will now be deleted.</source>
        <translation>Ylläpitäjä on poistanut tämän koneen Polusta. Koneella olevat asiakastiedot poistetaan nyt.</translation>
    </message>
    <message>
        <source>Not connected to a server: working offline</source>
        <translation type="vanished">Ei yhteyttä palvelimeen: työskennellään paikallisesti</translation>
    </message>
    <message>
        <source>Unsynced changes: %1</source>
        <translation type="vanished">Synkronoimattomia muutoksia: %1</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="152"/>
        <location filename="../../ui/plan_dialogs.py" line="164"/>
        <source>Other (type the name)</source>
        <translation>Muu (kirjoita nimi)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="162"/>
        <source>New measure</source>
        <translation>Uusi toimenpide</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="162"/>
        <source>Edit measure</source>
        <translation>Muokkaa toimenpidettä</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="163"/>
        <source>The plan is signed: only the status of the measure can change.</source>
        <translation>Suunnitelma on allekirjoitettu: vain toimenpiteen tila voi muuttua.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="167"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="168"/>
        <source>Provider</source>
        <translation>Palveluntuottaja</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="169"/>
        <source>Other provider</source>
        <translation>Muu palveluntuottaja</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="170"/>
        <source>Responsible party</source>
        <translation>Vastuutaho</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="171"/>
        <source>Starts</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="172"/>
        <source>Ends</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="173"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="174"/>
        <source>Details</source>
        <translation>Perustiedot</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="175"/>
        <source>Hours</source>
        <translation>Tunnit</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="176"/>
        <source>Language of the service</source>
        <translation>Palvelun kieli</translation>
    </message>
</context>
<context>
    <name>MeasuresModel</name>
    <message>
        <location filename="../../ui/plan_models.py" line="141"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="142"/>
        <source>Provider</source>
        <translation>Palveluntuottaja</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="143"/>
        <source>Responsible</source>
        <translation>Vastuutaho</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="144"/>
        <source>Starts</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="145"/>
        <source>Ends</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="146"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="152"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="153"/>
        <source>Employment authority</source>
        <translation>Työvoimaviranomainen</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="154"/>
        <source>Wellbeing county</source>
        <translation>Hyvinvointialue</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="155"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="162"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../../ui/meetings_tab.py" line="125"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="126"/>
        <source>Purpose</source>
        <translation>Tarkoitus</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="127"/>
        <source>How</source>
        <translation>Miten</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="128"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="129"/>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="130"/>
        <source>Interpreter</source>
        <translation>Tulkki</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="179"/>
        <location filename="../../ui/meetings_tab.py" line="187"/>
        <source>Meetings</source>
        <translation>Tapaamiset</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="180"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="181"/>
        <source>Book a meeting…</source>
        <translation>Varaa tapaaminen…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="182"/>
        <source>Record as held</source>
        <translation>Merkitse pidetyksi</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="183"/>
        <source>Cancel meeting</source>
        <translation>Peru tapaaminen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="184"/>
        <source>Add note</source>
        <translation>Lisää muistiinpano</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="185"/>
        <source>New note</source>
        <translation>Uusi muistiinpano</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="186"/>
        <source>Notes are kept as written: they cannot be edited later.</source>
        <translation>Muistiinpanot säilyvät sellaisinaan: niitä ei voi muokata jälkikäteen.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="237"/>
        <source>No notes yet.</source>
        <translation>Ei vielä muistiinpanoja.</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../ui/new_client.py" line="21"/>
        <source>New client</source>
        <translation>Uusi asiakas</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../ui/plan_new_dialog.py" line="84"/>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <location filename="../../ui/plan_new_dialog.py" line="85"/>
        <source>no date</source>
        <translation>ei päivämäärää</translation>
    </message>
    <message>
        <location filename="../../ui/plan_new_dialog.py" line="90"/>
        <source>None: the plan rests on no assessment</source>
        <translation>Ei mitään: suunnitelma ei perustu arviointiin</translation>
    </message>
    <message>
        <location filename="../../ui/plan_new_dialog.py" line="112"/>
        <source>The client&apos;s labour market status is not recorded, so the responsible party cannot be derived from Liite 1. Record it on the client&apos;s details; until then the plan asks for a reason.</source>
        <translation>Asiakkaan työmarkkina-asemaa ei ole kirjattu, joten vastuutahoa ei voi johtaa liitteestä 1. Kirjaa asema asiakkaan tietoihin; siihen asti suunnitelma pyytää perustelua.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_new_dialog.py" line="119"/>
        <source>Under Liite 1 this client&apos;s plan is made by: %1. Another party can be chosen; the plan then needs a recorded reason before it is agreed.</source>
        <translation>Liitteen 1 mukaan tämän asiakkaan suunnitelman laatii: %1. Voit valita toisen tahon; silloin suunnitelmaan on kirjattava perustelu ennen kuin se sovitaan.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_new_dialog.py" line="131"/>
        <source>New integration plan</source>
        <translation>Uusi kotoutumissuunnitelma</translation>
    </message>
    <message>
        <location filename="../../ui/plan_new_dialog.py" line="132"/>
        <source>Make the plan</source>
        <translation>Laadi suunnitelma</translation>
    </message>
    <message>
        <location filename="../../ui/plan_new_dialog.py" line="135"/>
        <source>Rests on the assessment</source>
        <translation>Perustuu arviointiin</translation>
    </message>
    <message>
        <location filename="../../ui/plan_new_dialog.py" line="136"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../../ui/plan_new_dialog.py" line="137"/>
        <source>Responsible party</source>
        <translation>Vastuutaho</translation>
    </message>
    <message>
        <location filename="../../ui/plan_new_dialog.py" line="138"/>
        <source>Period starts</source>
        <translation>Kausi alkaa</translation>
    </message>
    <message>
        <location filename="../../ui/plan_new_dialog.py" line="139"/>
        <source>Period ends</source>
        <translation>Kausi päättyy</translation>
    </message>
</context>
<context>
    <name>ParticipantsBox</name>
    <message>
        <location filename="../../ui/assessment_participants.py" line="88"/>
        <source>Participants (multidisciplinary assessment, §15)</source>
        <translation>Osallistujat (monialainen arviointi, 15 §)</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="90"/>
        <location filename="../../ui/assessment_participants.py" line="237"/>
        <source>Participant name</source>
        <translation>Osallistujan nimi</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="91"/>
        <location filename="../../ui/assessment_participants.py" line="238"/>
        <source>Participant organisation</source>
        <translation>Osallistujan organisaatio</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="92"/>
        <source>Participant role</source>
        <translation>Osallistujan rooli</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="93"/>
        <location filename="../../ui/assessment_participants.py" line="239"/>
        <source>Role in own words</source>
        <translation>Rooli omin sanoin</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="96"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="97"/>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="98"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="99"/>
        <source>Other role</source>
        <translation>Muu rooli</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="109"/>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="110"/>
        <source>Add participant</source>
        <translation>Lisää osallistuja</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="111"/>
        <source>Remove selected participant</source>
        <translation>Poista valittu osallistuja</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="145"/>
        <source>Participants from the wellbeing services county (Liite 1)</source>
        <translation>Osallistujat hyvinvointialueelta (Liite 1)</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="146"/>
        <source>missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="146"/>
        <source>taking part</source>
        <translation>mukana</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="147"/>
        <source>Required:</source>
        <translation>Vaaditaan:</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="147"/>
        <source>If needed:</source>
        <translation>Tarvittaessa:</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="185"/>
        <source>Other (write the role)</source>
        <translation>Muu (kirjoita rooli)</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="242"/>
        <source>Please check the field: %1</source>
        <translation>Tarkista kenttä: %1</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../ui/plan_editor.py" line="188"/>
        <source>Version:</source>
        <translation>Versio:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="189"/>
        <source>Plan version</source>
        <translation>Suunnitelman versio</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="191"/>
        <source>New plan…</source>
        <translation>Uusi suunnitelma…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="192"/>
        <source>Mark agreed</source>
        <translation>Merkitse sovituksi</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="193"/>
        <source>Mark signed</source>
        <translation>Merkitse allekirjoitetuksi</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="194"/>
        <source>Close plan</source>
        <translation>Päätä suunnitelma</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="195"/>
        <source>New version (review)…</source>
        <translation>Uusi versio (päivitys)…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="196"/>
        <source>Add goal…</source>
        <translation>Lisää tavoite…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="197"/>
        <location filename="../../ui/plan_editor.py" line="306"/>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="198"/>
        <location filename="../../ui/plan_editor.py" line="200"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="199"/>
        <source>Add measure…</source>
        <translation>Lisää toimenpide…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="203"/>
        <source>Edit goal</source>
        <translation>Muokkaa tavoitetta</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="204"/>
        <source>Remove goal</source>
        <translation>Poista tavoite</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="205"/>
        <source>Remove measure</source>
        <translation>Poista toimenpide</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="206"/>
        <location filename="../../ui/plan_editor.py" line="208"/>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="207"/>
        <location filename="../../ui/plan_editor.py" line="209"/>
        <source>Measures</source>
        <translation>Toimenpiteet</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="210"/>
        <source>What changed</source>
        <translation>Mikä muuttui</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="211"/>
        <source>No integration plan yet. Make one with “New plan…”.</source>
        <translation>Kotoutumissuunnitelmaa ei vielä ole. Laadi se valinnalla ”Uusi suunnitelma…”.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="220"/>
        <source>Version %1 · %2 · %3</source>
        <translation>Versio %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="280"/>
        <source>What changed since version %1</source>
        <translation>Mikä muuttui versiosta %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="306"/>
        <source>Change status…</source>
        <translation>Muuta tilaa…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="308"/>
        <source>Change the status of the measure</source>
        <translation>Muuta toimenpiteen tilaa</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="308"/>
        <source>Edit measure</source>
        <translation>Muokkaa toimenpidettä</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="342"/>
        <source>The plan cannot be signed yet. Record a reason for each of these rule findings:</source>
        <translation>Suunnitelmaa ei voi vielä allekirjoittaa. Kirjaa perustelu jokaiselle näistä sääntöhavainnoista:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="344"/>
        <source>The plan cannot be agreed yet. Record a reason for each of these rule findings:</source>
        <translation>Suunnitelmaa ei voi vielä sopia. Kirjaa perustelu jokaiselle näistä sääntöhavainnoista:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="349"/>
        <source>Integration plan</source>
        <translation>Kotoutumissuunnitelma</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="361"/>
        <source>Mark version %1 as signed? After that it is changed only by a new version.</source>
        <translation>Merkitäänkö versio %1 allekirjoitetuksi? Sen jälkeen sitä muutetaan vain uudella versiolla.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="366"/>
        <source>Close version %1? A closed plan cannot be opened again.</source>
        <translation>Päätetäänkö versio %1? Päätettyä suunnitelmaa ei voi avata uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="396"/>
        <source>Remove the goal “%1”?</source>
        <translation>Poistetaanko tavoite ”%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="400"/>
        <source>Remove the measure “%1”?</source>
        <translation>Poistetaanko toimenpide ”%1”?</translation>
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <location filename="../../ui/plan_header.py" line="55"/>
        <source>%1, version %2</source>
        <translation>%1, versio %2</translation>
    </message>
    <message>
        <location filename="../../ui/plan_header.py" line="62"/>
        <source>%1 — overdue</source>
        <translation>%1 — myöhässä</translation>
    </message>
    <message>
        <location filename="../../ui/plan_header.py" line="70"/>
        <source>Closed on %1: no more reviews</source>
        <translation>Päätetty %1: ei enää päivityksiä</translation>
    </message>
    <message>
        <location filename="../../ui/plan_header.py" line="72"/>
        <source>Next review: no date (the review rules are not in force on the start date)</source>
        <translation>Seuraava päivitys: ei päivämäärää (päivityssäännöt eivät ole voimassa alkupäivänä)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_header.py" line="75"/>
        <source>Next review: %1</source>
        <translation>Seuraava päivitys: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_header.py" line="77"/>
        <source>Next review: %1 (every %2 months, by the employment authority)</source>
        <translation>Seuraava päivitys: %1 (%2 kuukauden välein, työvoimaviranomainen)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_header.py" line="79"/>
        <source>Next review: %1 (every %2 months, by the municipality)</source>
        <translation>Seuraava päivitys: %1 (%2 kuukauden välein, kunta)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_header.py" line="85"/>
        <source>Period %1–%2</source>
        <translation>Kausi %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/plan_header.py" line="89"/>
        <source>Responsible: %1</source>
        <translation>Vastuutaho: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_header.py" line="91"/>
        <source>Agreed %1</source>
        <translation>Sovittu %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_header.py" line="91"/>
        <source>Signed %1</source>
        <translation>Allekirjoitettu %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_header.py" line="99"/>
        <source>Signed plans are not edited: make a new version at the review. The status of a measure can still be updated.</source>
        <translation>Allekirjoitettua suunnitelmaa ei muokata: tee päivityksessä uusi versio. Toimenpiteen tilaa voi silti päivittää.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_header.py" line="103"/>
        <source>Closed plans are not edited: they stay as they were.</source>
        <translation>Päätettyjä suunnitelmia ei muokata: ne säilyvät ennallaan.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/print_dialog.py" line="50"/>
        <source>Print or save a document</source>
        <translation>Tulosta tai tallenna asiakirja</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="55"/>
        <source>Integration plan (newest version)</source>
        <translation>Kotoutumissuunnitelma (uusin versio)</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="56"/>
        <source>Integration plan, office copy with the rule findings (not for the client)</source>
        <translation>Kotoutumissuunnitelma, sisäinen kappale sääntöhavaintoineen (ei asiakkaalle)</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="57"/>
        <source>Assessment summary (newest)</source>
        <translation>Arvioinnin yhteenveto (uusin)</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="58"/>
        <source>Client data extract (right of access)</source>
        <translation>Asiakkaan tietojen ote (tarkastusoikeus)</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="67"/>
        <location filename="../../ui/print_dialog.py" line="70"/>
        <source>Document</source>
        <translation>Asiakirja</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="68"/>
        <location filename="../../ui/print_dialog.py" line="71"/>
        <source>Second language</source>
        <translation>Toinen kieli</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="72"/>
        <source>Every print and save is recorded in the client&apos;s access log.</source>
        <translation>Jokainen tulostus ja tallennus kirjataan asiakkaan lokiin.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="75"/>
        <source>Open in PDF viewer</source>
        <translation>Avaa PDF-katseluohjelmassa</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="76"/>
        <source>Print</source>
        <translation>Tulosta</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="78"/>
        <source>Save PDF…</source>
        <translation>Tallenna PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="78"/>
        <source>Save JSON…</source>
        <translation>Tallenna JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="127"/>
        <source>Done.</source>
        <translation>Valmis.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="131"/>
        <source>Save as</source>
        <translation>Tallenna nimellä</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="143"/>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="148"/>
        <source>Making the document…</source>
        <translation>Asiakirjaa tehdään…</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <location filename="../../ui/print_queue.py" line="41"/>
        <source>Print plans</source>
        <translation>Tulosta suunnitelmia</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="43"/>
        <source>Only plans waiting for signatures (agreed)</source>
        <translation>Vain allekirjoitusta odottavat (sovitut) suunnitelmat</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="48"/>
        <source>Plans to print</source>
        <translation>Tulostettavat suunnitelmat</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="52"/>
        <source>Send to printer</source>
        <translation>Lähetä tulostimelle</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="53"/>
        <source>Save into a folder…</source>
        <translation>Tallenna kansioon…</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="61"/>
        <source>Each plan prints in Finnish and the client&apos;s own language.</source>
        <translation>Jokainen suunnitelma tulostuu suomeksi ja asiakkaan omalla kielellä.</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="79"/>
        <source>%1 plans</source>
        <translation>%1 suunnitelmaa</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="89"/>
        <source>Save the plans into</source>
        <translation>Tallenna suunnitelmat kansioon</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="98"/>
        <source>Making the plans…</source>
        <translation>Suunnitelmia tehdään…</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="98"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="108"/>
        <location filename="../../ui/print_queue.py" line="133"/>
        <source>%1 of %2 plans done</source>
        <translation>%1 / %2 suunnitelmaa valmiina</translation>
    </message>
</context>
<context>
    <name>RecentlyDeletedView</name>
    <message>
        <location filename="../../ui/trash.py" line="48"/>
        <location filename="../../ui/trash.py" line="108"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="49"/>
        <source>What</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="50"/>
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="51"/>
        <source>Deleted by</source>
        <translation>Poistaja</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="52"/>
        <source>Days left</source>
        <translation>Päiviä jäljellä</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="83"/>
        <location filename="../../ui/trash.py" line="93"/>
        <source>Recently deleted</source>
        <translation>Äskettäin poistetut</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="86"/>
        <source>Deleted clients, plans and meetings can be restored for 30 days. A restored client comes back with its plans, meetings and notes. After 30 days the record is no longer offered here; it stays stored as deleted.</source>
        <translation>Poistetut asiakkaat, suunnitelmat ja tapaamiset voi palauttaa 30 päivän ajan. Palautettu asiakas palaa suunnitelmineen, tapaamisineen ja muistiinpanoineen. 30 päivän jälkeen tietoa ei enää tarjota palautettavaksi; se säilyy tallennettuna poistettuna.</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="91"/>
        <source>Nothing deleted in the last 30 days.</source>
        <translation>Mitään ei ole poistettu viimeisten 30 päivän aikana.</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="92"/>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="111"/>
        <source>Integration plan from %1</source>
        <translation>Kotoutumissuunnitelma %1 alkaen</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="113"/>
        <source>Meeting %1</source>
        <translation>Tapaaminen %1</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="151"/>
        <source>%1 is back in the caseload.</source>
        <translation>%1 on palautettu asiakkaisiin.</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="153"/>
        <source>Restored to %1&apos;s record.</source>
        <translation>Palautettu asiakkaan %1 tietoihin.</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="159"/>
        <source>Deleted more than 30 days ago: it can no longer be restored.</source>
        <translation>Poistettu yli 30 päivää sitten: sitä ei voi enää palauttaa.</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="161"/>
        <source>The client of this record is deleted: restore the client first.</source>
        <translation>Tämän tiedon asiakas on poistettu: palauta ensin asiakas.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/report_dialog.py" line="65"/>
        <source>Annual report</source>
        <translation>Vuosiraportti</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="69"/>
        <source>All municipalities (welfare group)</source>
        <translation>Kaikki kunnat (hyvinvointiryhmä)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="78"/>
        <source>PDF (tables and charts)</source>
        <translation>PDF (taulukot ja kaaviot)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="79"/>
        <source>CSV (for a spreadsheet)</source>
        <translation>CSV (taulukkolaskentaan)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="82"/>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="83"/>
        <source>To</source>
        <translation>Päättyen</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="84"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="85"/>
        <source>Language of the report</source>
        <translation>Raportin kieli</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="86"/>
        <source>File type</source>
        <translation>Tiedostomuoto</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="92"/>
        <source>Figures only, no names. A partner municipality&apos;s report counts the clients whose home municipality it is, for the contract follow-up meeting. Making the report is recorded in the access log.</source>
        <translation>Vain lukuja, ei nimiä. Sopimuskunnan raportti laskee asiakkaat, joiden kotikunta se on, sopimuksen seurantapalaveria varten. Raportin tekeminen kirjataan lokiin.</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="101"/>
        <source>Progress</source>
        <translation>Edistyminen</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="105"/>
        <source>Make and save…</source>
        <translation>Tee ja tallenna…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="107"/>
        <source>Open the file</source>
        <translation>Avaa tiedosto</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="109"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="135"/>
        <source>Save the report as</source>
        <translation>Tallenna raportti nimellä</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="144"/>
        <source>The end of the period is before its start.</source>
        <translation>Ajanjakson loppu on ennen sen alkua.</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="150"/>
        <source>Counting the figures…</source>
        <translation>Lasketaan lukuja…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="153"/>
        <source>Making the document…</source>
        <translation>Tehdään asiakirjaa…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="159"/>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="176"/>
        <source>Saved: %1</source>
        <translation>Tallennettu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="181"/>
        <source>No program is installed for this file type.</source>
        <translation>Tälle tiedostomuodolle ei ole asennettu ohjelmaa.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="42"/>
        <source>New version at a review</source>
        <translation>Uusi versio päivityksessä</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="43"/>
        <source>Make the new version</source>
        <translation>Tee uusi versio</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="46"/>
        <source>Version %1 will be closed on the review date, and a new draft version starts then with the same goals and measures.</source>
        <translation>Versio %1 päätetään päivityspäivänä, ja silloin alkaa uusi luonnosversio samoilla tavoitteilla ja toimenpiteillä.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="50"/>
        <source>Review date</source>
        <translation>Päivityspäivä</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../../ui/sync_bar.py" line="73"/>
        <source>Sync now</source>
        <translation>Synkronoi nyt</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="74"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="75"/>
        <source>Connect to the server…</source>
        <translation>Yhdistä palvelimeen…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="76"/>
        <source>Sync progress</source>
        <translation>Synkronoinnin eteneminen</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="106"/>
        <source>Not connected to a server: working offline</source>
        <translation>Ei yhteyttä palvelimeen: työskennellään paikallisesti</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="108"/>
        <source>Not synced yet</source>
        <translation>Ei vielä synkronoitu</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="111"/>
        <source>Last synced %1</source>
        <translation>Synkronoitu viimeksi %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="113"/>
        <source>Unsynced changes: %1</source>
        <translation>Synkronoimattomia muutoksia: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="115"/>
        <source>Conflicts to review: %1</source>
        <translation>Tarkistettavia ristiriitoja: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="126"/>
        <source>Syncing…</source>
        <translation>Synkronoidaan…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="145"/>
        <source>Cancelling…</source>
        <translation>Peruutetaan…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="154"/>
        <source>Sending</source>
        <translation>Lähetetään</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="154"/>
        <source>Receiving</source>
        <translation>Vastaanotetaan</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="172"/>
        <source>Sync cancelled; nothing was lost.</source>
        <translation>Synkronointi peruttu; mitään ei menetetty.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="174"/>
        <source>No connection to the server: will try again.</source>
        <translation>Ei yhteyttä palvelimeen: yritetään uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="186"/>
        <source>Sync failed; your changes are kept and will be sent later.</source>
        <translation>Synkronointi epäonnistui; muutoksesi ovat tallessa ja lähetetään myöhemmin.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../ui/timeline_tab.py" line="22"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="22"/>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="22"/>
        <source>Details</source>
        <translation>Perustiedot</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="36"/>
        <source>Assessment</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="37"/>
        <source>Integration plan</source>
        <translation>Kotoutumissuunnitelma</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="38"/>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="39"/>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="43"/>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="66"/>
        <source>version %1</source>
        <translation>versio %1</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../../ui/unlock.py" line="54"/>
        <source>Polku is locked</source>
        <translation>Polku on lukittu</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="55"/>
        <source>Enter your passphrase to open your caseload.</source>
        <translation>Avaa asiakkaasi kirjoittamalla tunnuslauseesi.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="56"/>
        <location filename="../../ui/unlock.py" line="57"/>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="58"/>
        <location filename="../../ui/unlock.py" line="59"/>
        <source>Unlock</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="60"/>
        <source>Profile: %1</source>
        <translation>Profiili: %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <location filename="../../ui/workspace_view.py" line="81"/>
        <source>Caseload</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="81"/>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="81"/>
        <source>Field visit</source>
        <translation>Jalkautuminen</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="81"/>
        <source>Conflicts</source>
        <translation>Ristiriidat</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="86"/>
        <source>Recently deleted</source>
        <translation>Äskettäin poistetut</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="87"/>
        <source>Sections</source>
        <translation>Osiot</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="88"/>
        <source>+ New client</source>
        <translation>+ Uusi asiakas</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="89"/>
        <source>Print plans…</source>
        <translation>Tulosta suunnitelmia…</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="90"/>
        <source>Annual report…</source>
        <translation>Vuosiraportti…</translation>
    </message>
</context>
</TS>
