<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name></name>
    <message>
        <location filename="../../ui/error_words.py" line="168"/>
        <source>The passphrase is not correct.</source>
        <translation>Tunnuslause ei ole oikea.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="192"/>
        <source>This was deleted more than %1 days ago and can no longer be restored.</source>
        <translation>Tämä poistettiin yli %1 päivää sitten, eikä sitä voi enää palauttaa.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="194"/>
        <source>The client of this record is deleted: restore the client first.</source>
        <translation>Tämän tiedon asiakas on poistettu: palauta ensin asiakas.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="195"/>
        <source>The recovery key could not be used. Ask IT.</source>
        <translation>Palautusavainta ei voitu käyttää. Kysy IT-tuelta.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="196"/>
        <source>The recovery key password needs at least 12 characters.</source>
        <translation>Palautusavaimen salasanassa on oltava vähintään 12 merkkiä.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="198"/>
        <source>The recovery key file cannot be read. Ask IT for the right file.</source>
        <translation>Palautusavaintiedostoa ei voi lukea. Pyydä oikea tiedosto IT-tuelta.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="200"/>
        <source>This is not a Polku recovery key. Ask IT for the right file.</source>
        <translation>Tämä ei ole Polun palautusavain. Pyydä oikea tiedosto IT-tuelta.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="201"/>
        <source>This profile was made without a recovery key: it cannot open it.</source>
        <translation>Tämä profiili on tehty ilman palautusavainta: palautusavain ei voi avata sitä.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="202"/>
        <source>The recovery key file or its password is not correct.</source>
        <translation>Palautusavaintiedosto tai sen salasana ei ole oikea.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="203"/>
        <source>This profile was protected with a different recovery key.</source>
        <translation>Tämä profiili on suojattu toisella palautusavaimella.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="205"/>
        <source>The recovery information in the key file is damaged. Ask IT to restore it from a backup.</source>
        <translation>Avaintiedoston palautustiedot ovat vahingoittuneet. Pyydä IT-tukea palauttamaan ne varmuuskopiosta.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="208"/>
        <source>No program for PDF files is installed: save the document instead.</source>
        <translation>PDF-tiedostoille ei ole asennettu ohjelmaa: tallenna asiakirja sen sijaan.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="210"/>
        <source>No printing system was found: open the document in a viewer instead.</source>
        <translation>Tulostusjärjestelmää ei löytynyt: avaa asiakirja katseluohjelmassa sen sijaan.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="212"/>
        <source>The printer did not accept the document; check the default printer.</source>
        <translation>Tulostin ei ottanut asiakirjaa vastaan; tarkista oletustulostin.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="214"/>
        <source>The file could not be written. Choose another folder:</source>
        <translation>Tiedostoa ei voitu kirjoittaa. Valitse toinen kansio:</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="216"/>
        <source>The texts of the printed documents are missing or damaged. Ask IT.</source>
        <translation>Tulostettavien asiakirjojen tekstit puuttuvat tai ovat vahingoittuneet. Kysy IT-tuelta.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="236"/>
        <source>Too many wrong passphrases. Try again in %n second(s).</source>
        <translation>Liian monta väärää tunnuslausetta. Yritä uudelleen %n sekunnin kuluttua.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="169"/>
        <source>The passphrase is too short: use at least 10 characters.</source>
        <translation>Tunnuslause on liian lyhyt: käytä vähintään 10 merkkiä.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="47"/>
        <source>this field is required.</source>
        <translation>kenttä on pakollinen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="48"/>
        <source>at most %1 characters.</source>
        <translation>enintään %1 merkkiä.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="49"/>
        <source>write text here.</source>
        <translation>kirjoita tähän tekstiä.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="50"/>
        <source>choose one of the choices of the list.</source>
        <translation>valitse jokin luettelon vaihtoehdoista.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="51"/>
        <source>write a date.</source>
        <translation>kirjoita päivämäärä.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="52"/>
        <source>write a date and a time.</source>
        <translation>kirjoita päivämäärä ja kellonaika.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="53"/>
        <source>choose yes, no or leave it empty.</source>
        <translation>valitse kyllä tai ei, tai jätä tyhjäksi.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="54"/>
        <source>choose yes or no.</source>
        <translation>valitse kyllä tai ei.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="55"/>
        <source>write a whole number.</source>
        <translation>kirjoita kokonaisluku.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="57"/>
        <source>write a number from %1 to %2.</source>
        <translation>kirjoita luku väliltä %1–%2.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="61"/>
        <source>this cannot be changed here.</source>
        <translation>tätä ei voi muuttaa tässä.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="62"/>
        <source>choose a municipality from the list.</source>
        <translation>valitse kunta luettelosta.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="63"/>
        <source>choose a language from the list.</source>
        <translation>valitse kieli luettelosta.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="64"/>
        <source>choose a service from the list.</source>
        <translation>valitse palvelu luettelosta.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="65"/>
        <source>choose a provider from the list.</source>
        <translation>valitse järjestäjä luettelosta.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="66"/>
        <source>choose a role from the list.</source>
        <translation>valitse rooli luettelosta.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="67"/>
        <source>this language is not available here.</source>
        <translation>tämä kieli ei ole tässä käytettävissä.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="68"/>
        <source>this is not a valid personal identity code.</source>
        <translation>tämä ei ole kelvollinen henkilötunnus.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="69"/>
        <source>does not match the date of birth.</source>
        <translation>ei vastaa syntymäaikaa.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="70"/>
        <source>cannot be in the future.</source>
        <translation>ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="71"/>
        <source>cannot be before the date of birth.</source>
        <translation>ei voi olla ennen syntymäaikaa.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="72"/>
        <source>cannot be before the start.</source>
        <translation>ei voi olla ennen alkua.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="73"/>
        <source>cannot be before the plan was agreed or signed.</source>
        <translation>ei voi olla ennen kuin suunnitelma hyväksyttiin tai allekirjoitettiin.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="74"/>
        <source>cannot be before the plan period starts.</source>
        <translation>ei voi olla ennen suunnitelmakauden alkua.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="75"/>
        <source>choose the outcome before completing the assessment.</source>
        <translation>valitse lopputulos ennen kuin merkitset arvioinnin valmiiksi.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="76"/>
        <source>decide whether an integration plan is needed.</source>
        <translation>päätä, tarvitaanko kotoutumissuunnitelma.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="77"/>
        <source>a multidisciplinary assessment names its participants.</source>
        <translation>monialaisessa arvioinnissa nimetään sen osallistujat.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="78"/>
        <source>this party does not review integration plans.</source>
        <translation>tämä taho ei tarkista kotoutumissuunnitelmia.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="79"/>
        <source>the assessment is not there any more.</source>
        <translation>arviointia ei enää ole.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="80"/>
        <source>this is another client&apos;s assessment.</source>
        <translation>tämä on toisen asiakkaan arviointi.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="81"/>
        <source>the plan is %1; make a new version to change it.</source>
        <translation>suunnitelman tila on %1; tee uusi versio muuttaaksesi sitä.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="84"/>
        <source>a plan that is %1 cannot go back; make a new version.</source>
        <translation>suunnitelmaa, jonka tila on %1, ei voi palauttaa; tee uusi versio.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="87"/>
        <source>a newer version of this plan exists; review that one.</source>
        <translation>suunnitelmasta on uudempi versio; tarkista se.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="89"/>
        <source>a meeting that is %1 cannot become %2.</source>
        <translation>tapaamista, jonka tila on %1, ei voi muuttaa tilaan %2.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="93"/>
        <location filename="../../ui/error_words.py" line="94"/>
        <source>the reasons could not be read; write them again.</source>
        <translation>perusteluja ei voitu lukea; kirjoita ne uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="97"/>
        <source>this value was not accepted.</source>
        <translation>tätä arvoa ei hyväksytty.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="110"/>
        <source>No connection to the sync server. Nothing was lost: Polku tries again later.</source>
        <translation>Synkronointipalvelimeen ei saada yhteyttä. Mitään ei kadonnut: Polku yrittää myöhemmin uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="113"/>
        <source>The server needs a newer version of Polku. Your changes are kept on this laptop and are sent after IT has installed the update.</source>
        <translation>Palvelin edellyttää Polun uudempaa versiota. Muutoksesi säilyvät tällä koneella ja lähetetään, kun IT-tuki on asentanut päivityksen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="117"/>
        <source>The server did not accept the user name, the password or this laptop&apos;s sign-in. Check them, or connect this laptop again.</source>
        <translation>Palvelin ei hyväksynyt käyttäjätunnusta, salasanaa tai tämän kannettavan kirjautumista. Tarkista ne tai yhdistä kannettava uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="121"/>
        <source>The administrator has removed this laptop from sync. Its data must be wiped; ask IT.</source>
        <translation>Ylläpitäjä on poistanut tämän kannettavan synkronoinnista. Sen tiedot on poistettava; kysy IT-tuelta.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="123"/>
        <source>This user account was deactivated on the server. Ask IT.</source>
        <translation>Tämä käyttäjätili on poistettu käytöstä palvelimella. Kysy IT-tuelta.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="124"/>
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>Liian monta yritystä. Yritä uudelleen %n sekunnin kuluttua.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="128"/>
        <source>The server was restored from a backup. Sync again: this laptop sends its changes again.</source>
        <translation>Palvelin palautettiin varmuuskopiosta. Synkronoi uudelleen: tämä kannettava lähettää muutoksensa uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="131"/>
        <source>The server&apos;s answer was not understood. Check the server address, or ask IT whether Polku needs an update.</source>
        <translation>Palvelimen vastausta ei ymmärretty. Tarkista palvelimen osoite tai kysy IT-tuelta, tarvitseeko Polku päivityksen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="134"/>
        <source>Sync cancelled; nothing was lost.</source>
        <translation>Synkronointi peruttu; mitään ei menetetty.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="135"/>
        <location filename="../../ui/error_words.py" line="207"/>
        <source>This laptop is not connected to a sync server yet.</source>
        <translation>Tätä kannettavaa ei ole vielä yhdistetty synkronointipalvelimeen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="137"/>
        <source>The server no longer has this for you: it may have changed meanwhile. Sync and try again.</source>
        <translation>Palvelimella ei ole tätä enää sinulle: se on ehkä muuttunut välillä. Synkronoi ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="141"/>
        <source>Sync failed; your changes are kept and will be sent later.</source>
        <translation>Synkronointi epäonnistui; muutoksesi ovat tallessa ja lähetetään myöhemmin.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="148"/>
        <source>Record a reason for each rule finding before completing the assessment:</source>
        <translation>Kirjaa perustelu jokaiselle sääntöhavainnolle ennen kuin merkitset arvioinnin valmiiksi:</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="155"/>
        <source>Record a reason for each rule finding before the plan is %1 (%2 without a reason).</source>
        <translation>Kirjaa perustelu jokaiselle sääntöhavainnolle ennen kuin suunnitelman tila on %1 (ilman perustelua: %2).</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="163"/>
        <source>Someone else changed the same field while you were editing: %1</source>
        <translation>Joku muu muutti samaa kenttää muokkauksesi aikana: %1</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="170"/>
        <source>There is no Polku profile in this folder yet.</source>
        <translation>Tässä kansiossa ei ole vielä Polku-profiilia.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="171"/>
        <source>A profile already exists in this folder; nothing was overwritten.</source>
        <translation>Tässä kansiossa on jo profiili; mitään ei kirjoitettu sen päälle.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="172"/>
        <source>The profile cannot be opened. Ask IT.</source>
        <translation>Profiilia ei voi avata. Kysy IT-tuelta.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="174"/>
        <source>The key file of this profile is missing. Restore it from a backup or ask IT.</source>
        <translation>Profiilin avaintiedosto puuttuu. Palauta se varmuuskopiosta tai ota yhteys IT-tukeen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="177"/>
        <source>The key file of this profile is damaged. Restore it from a backup or ask IT.</source>
        <translation>Profiilin avaintiedosto on vioittunut. Palauta se varmuuskopiosta tai ota yhteys IT-tukeen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="180"/>
        <source>The database file is missing. Nothing was created in its place; ask IT.</source>
        <translation>Tietokantatiedosto puuttuu. Tilalle ei luotu mitään; ota yhteys IT-tukeen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="183"/>
        <source>The database file is damaged. It was left as it is; ask IT to restore it.</source>
        <translation>Tietokantatiedosto on vioittunut. Sitä ei muutettu; pyydä IT-tukea palauttamaan se.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="186"/>
        <source>This database was made by a newer version of Polku. Install the newer version.</source>
        <translation>Tietokanta on tehty Polun uudemmalla versiolla. Asenna uudempi versio.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="189"/>
        <source>The disk is full. The last change was not saved. Free some space and try again.</source>
        <translation>Levy on täynnä. Viimeisintä muutosta ei tallennettu. Vapauta tilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="240"/>
        <source>The record no longer exists. It may have been removed on another device.</source>
        <translation>Tietuetta ei enää ole. Se on ehkä poistettu toisella laitteella.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="244"/>
        <source>The server address uses plain HTTP, which is not encrypted: use an https:// address. Plain HTTP is allowed only to this computer, or when IT allows it in the machine-wide polku.ini ([sync] allow_plain_http).</source>
        <translation>Palvelimen osoite käyttää salaamatonta HTTP-yhteyttä: käytä https://-osoitetta. Salaamaton HTTP on sallittu vain tähän tietokoneeseen tai kun IT-tuki sallii sen koneen yhteisessä polku.ini-tiedostossa ([sync] allow_plain_http).</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="248"/>
        <source>The server address must start with https://.</source>
        <translation>Palvelimen osoitteen pitää alkaa https://.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="259"/>
        <source>Polku could not finish this. The details are in the log folder.</source>
        <translation>Polku ei saanut tätä tehtyä. Tiedot ovat lokikansiossa.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="260"/>
        <source>Something went wrong that Polku did not expect.</source>
        <translation>Tapahtui odottamaton virhe.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="33"/>
        <location filename="../../ui/errors.py" line="43"/>
        <source>Polku</source>
        <translation>Polku</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="46"/>
        <source>Your saved work is safe. The details are in the log folder:</source>
        <translation>Tallennettu työsi on tallessa. Lisätiedot ovat lokikansiossa:</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49"/>
        <source>Copy details</source>
        <translation>Kopioi tiedot</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="26"/>
        <source>About Polku</source>
        <translation>Tietoja Polusta</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="38"/>
        <source>Polku version</source>
        <translation>Polun versio</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="39"/>
        <source>Rules data (KotoL 681/2023) version</source>
        <translation>Sääntötietojen (KotoL 681/2023) versio</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="40"/>
        <source>Reference data version</source>
        <translation>Viitetietojen versio</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="41"/>
        <source>Vocabulary version</source>
        <translation>Sanaston versio</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="42"/>
        <source>Device id</source>
        <translation>Laitetunnus</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="43"/>
        <source>Device name</source>
        <translation>Laitteen nimi</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="44"/>
        <source>Sync server</source>
        <translation>Synkronointipalvelin</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="50"/>
        <source>Polku</source>
        <translation>Polku</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="54"/>
        <source>Integration counselling for Kuopio, Tuusniemi, Lapinlahti and Kaavi (Act on the Promotion of Integration 681/2023).</source>
        <translation>Kotoutumisen ohjaus Kuopiossa, Tuusniemellä, Lapinlahdella ja Kaavilla (laki kotoutumisen edistämisestä 681/2023).</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="62"/>
        <source>About</source>
        <translation>Tietoja</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="73"/>
        <source>Licences</source>
        <translation>Lisenssit</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="73"/>
        <source>Font licence</source>
        <translation>Fonttien lisenssi</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="87"/>
        <source>not loaded</source>
        <translation>ei ladattu</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="90"/>
        <source>Given when the laptop connects to the server</source>
        <translation>Annetaan, kun kone yhdistetään palvelimeen</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="93"/>
        <source>Connected to %1 as %2</source>
        <translation>Yhdistetty palvelimeen %1 käyttäjänä %2</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="96"/>
        <source>Not connected to a server (not enrolled)</source>
        <translation>Ei yhdistetty palvelimeen (laitetta ei ole rekisteröity)</translation>
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
        <location filename="../../ui/meetings_tab.py" line="72"/>
        <source>Book a meeting</source>
        <translation>Varaa tapaaminen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="87"/>
        <source>Starts</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="88"/>
        <source>Minutes</source>
        <translation>Minuuttia</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="89"/>
        <source>How</source>
        <translation>Miten</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="90"/>
        <source>Purpose</source>
        <translation>Tarkoitus</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="91"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="92"/>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="93"/>
        <source>Interpreter language</source>
        <translation>Tulkkauskieli</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="100"/>
        <source>What the integration programme says</source>
        <translation>Mitä kotoutumisohjelma sanoo</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../ui/caseload_model.py" line="42"/>
        <source>Review due within %1 days</source>
        <translation>Päivitys %1 päivän sisällä</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="59"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="60"/>
        <source>Name in Latin letters</source>
        <translation>Nimi latinalaisin kirjaimin</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="61"/>
        <source>Born</source>
        <translation>Syntynyt</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="62"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="63"/>
        <source>Plan</source>
        <translation>Suunnitelma</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="64"/>
        <source>Next review</source>
        <translation>Seuraava päivitys</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="69"/>
        <source>No plan</source>
        <translation>Ei suunnitelmaa</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="71"/>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="72"/>
        <source>Agreed</source>
        <translation>Sovittu</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="73"/>
        <source>Signed</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="74"/>
        <source>Closed</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="109"/>
        <source>Review overdue</source>
        <translation>Päivitys myöhässä</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../../ui/caseload.py" line="89"/>
        <source>Caseload</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="90"/>
        <source>Search by name (any script) or date of birth…</source>
        <translation>Hae nimellä (millä tahansa kirjaimistolla) tai syntymäajalla…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="91"/>
        <source>Search clients</source>
        <translation>Hae asiakkaita</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="92"/>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="95"/>
        <source>All municipalities</source>
        <translation>Kaikki kunnat</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="101"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="104"/>
        <source>Any review date</source>
        <translation>Päivityspäivä: kaikki</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="105"/>
        <source>Review overdue</source>
        <translation>Päivitys myöhässä</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="107"/>
        <source>Review</source>
        <translation>Päivitys</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="110"/>
        <source>Any plan state</source>
        <translation>Suunnitelman tila: kaikki</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="113"/>
        <source>Plan state</source>
        <translation>Suunnitelman tila</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="114"/>
        <source>Needs attention</source>
        <translation>Vaatii huomiota</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="115"/>
        <source>Missing data needed by the rules, or a review overdue</source>
        <translation>Sääntöjen tarvitsemia tietoja puuttuu tai päivitys on myöhässä</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="116"/>
        <source>Delete client…</source>
        <translation>Poista asiakas…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="117"/>
        <source>Deleted clients can be restored from Recently deleted for 30 days</source>
        <translation>Poistetut asiakkaat voi palauttaa 30 päivän ajan Äskettäin poistetut -sivulta</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="163"/>
        <source>Loading clients…</source>
        <translation>Ladataan asiakkaita…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="167"/>
        <source>%1 of %2 clients</source>
        <translation>%1 / %2 asiakasta</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="177"/>
        <source>No clients on this laptop yet. Add one with “New client…”. If your clients are already in Polku on the server, connect and sync at the bottom of the window to bring your caseload here.</source>
        <translation>Tällä koneella ei ole vielä asiakkaita. Lisää asiakas painikkeella ”Uusi asiakas…”. Jos asiakkaasi ovat jo Polussa palvelimella, yhdistä ja synkronoi ikkunan alareunasta, niin ne tulevat tälle koneelle.</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="181"/>
        <source>New client…</source>
        <translation>Uusi asiakas…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="185"/>
        <source>No client matches the search and the filters.</source>
        <translation>Yksikään asiakas ei vastaa hakua ja rajauksia.</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="186"/>
        <source>Clear search and filters</source>
        <translation>Tyhjennä haku ja rajaukset</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="223"/>
        <source>Delete client</source>
        <translation>Poista asiakas</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="224"/>
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
        <location filename="../../ui/client_record.py" line="163"/>
        <source>The plan, the assessment summary or the data extract, in Finnish and a second language</source>
        <translation>Suunnitelma, arvioinnin yhteenveto tai tietojen ote suomeksi ja toisella kielellä</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="165"/>
        <source>Changes are also saved by themselves when you pause typing (Ctrl+S)</source>
        <translation>Muutokset tallentuvat myös itsestään, kun pidät tauon kirjoittamisessa (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="177"/>
        <source>Assessment</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="178"/>
        <source>Integration plan</source>
        <translation>Kotoutumissuunnitelma</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="179"/>
        <source>Meetings and notes</source>
        <translation>Tapaamiset ja muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="180"/>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="308"/>
        <source>All changes saved %1</source>
        <translation>Kaikki muutokset tallennettu %1</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="316"/>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="175"/>
        <source>Details</source>
        <translation>Perustiedot</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="176"/>
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
        <location filename="../../ui/client_record.py" line="231"/>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="275"/>
        <location filename="../../ui/client_record.py" line="309"/>
        <source>Unsaved changes…</source>
        <translation>Tallentamattomia muutoksia…</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="281"/>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
</context>
<context>
    <name>ClosedCasesView</name>
    <message>
        <location filename="../../ui/closed_cases.py" line="55"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="56"/>
        <source>Date of birth</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="57"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="58"/>
        <source>Plan closed</source>
        <translation>Suunnitelma päättyi</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="59"/>
        <source>Left the laptops</source>
        <translation>Poistui koneilta</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="98"/>
        <location filename="../../ui/closed_cases.py" line="111"/>
        <source>Closed cases</source>
        <translation>Päättyneet asiakkuudet</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="101"/>
        <source>Clients whose plans are all closed and whose details have not changed for 12 months are kept on the server only. When a client comes back, search for them here and fetch their details to this laptop. This needs a connection to the server.</source>
        <translation>Asiakkaat, joiden kaikki suunnitelmat on päätetty ja joiden tietoihin ei ole tehty muutoksia 12 kuukauteen, säilytetään vain palvelimella. Kun asiakas palaa, hae hänet tästä ja nouda hänen tietonsa tälle koneelle. Tähän tarvitaan yhteys palvelimeen.</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="107"/>
        <source>Name or date of birth</source>
        <translation>Nimi tai syntymäaika</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="108"/>
        <source>Search closed cases</source>
        <translation>Hae päättyneistä asiakkuuksista</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="109"/>
        <source>Search on the server</source>
        <translation>Hae palvelimelta</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="110"/>
        <source>Fetch to this laptop</source>
        <translation>Nouda tälle koneelle</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="142"/>
        <source>Searching…</source>
        <translation>Haetaan…</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="154"/>
        <source>Fetching %1…</source>
        <translation>Noudetaan: %1…</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="161"/>
        <source>%1 is on this laptop again, in the caseload.</source>
        <translation>%1 on taas tällä koneella asiakaslistassasi.</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="168"/>
        <source>This case is no longer closed on the server: it comes to this laptop with the next sync.</source>
        <translation>Asiakkuus ei ole enää päättynyt palvelimella: tiedot tulevat tälle koneelle seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="212"/>
        <source>More than %1 match: narrow the search.</source>
        <translation>Osumia on yli %1: tarkenna hakua.</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="214"/>
        <source>No closed case matches the search.</source>
        <translation>Hakua vastaavaa päättynyttä asiakkuutta ei löytynyt.</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../ui/conflicts.py" line="81"/>
        <location filename="../../ui/conflicts.py" line="122"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="82"/>
        <location filename="../../ui/conflicts.py" line="123"/>
        <source>Record</source>
        <translation>Tietue</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="83"/>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="84"/>
        <source>Before</source>
        <translation>Ennen</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="85"/>
        <source>On the server</source>
        <translation>Palvelimella</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="86"/>
        <source>On this laptop</source>
        <translation>Tällä koneella</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="124"/>
        <source>Made</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="125"/>
        <source>Why it was refused</source>
        <translation>Miksi hylättiin</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="126"/>
        <source>What was entered</source>
        <translation>Mitä kirjattiin</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="150"/>
        <source>Outside your caseload: the client&apos;s municipality or counsellor is not one of yours.</source>
        <translation>Asiakasmääräsi ulkopuolella: asiakkaan kunta tai ohjaaja ei ole sinun.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="152"/>
        <source>The server could not accept these values (the app may need an update).</source>
        <translation>Palvelin ei voinut hyväksyä näitä tietoja (sovellus voi tarvita päivityksen).</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="153"/>
        <source>The record it belongs to is not on the server.</source>
        <translation>Tietuetta, johon tämä kuuluu, ei ole palvelimella.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="154"/>
        <source>The record is no longer on the server.</source>
        <translation>Tietuetta ei enää ole palvelimella.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="155"/>
        <source>The server did not accept this change.</source>
        <translation>Palvelin ei hyväksynyt tätä muutosta.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="158"/>
        <source>(client not on this laptop)</source>
        <translation>(asiakas ei ole tällä kannettavalla)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="161"/>
        <source>Conflicts to review</source>
        <translation>Tarkistettavat ristiriidat</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="164"/>
        <source>Nothing to review. Conflicts appear here when the same field was changed differently on two devices; changes the server did not accept are kept here with the reason.</source>
        <translation>Ei tarkistettavaa. Ristiriidat näkyvät tässä, kun samaa kenttää on muutettu eri tavoin kahdella laitteella; muutokset, joita palvelin ei hyväksynyt, säilytetään täällä syineen.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="170"/>
        <source>The same field was changed differently on two devices. Nothing was lost: choose which value stays, or write the combined one.</source>
        <translation>Samaa kenttää on muutettu eri tavoin kahdella laitteella. Mitään ei menetetty: valitse, kumpi arvo jää, tai kirjoita yhdistetty arvo.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="174"/>
        <source>Keep the server&apos;s value</source>
        <translation>Pidä palvelimen arvo</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="175"/>
        <source>Keep this laptop&apos;s value</source>
        <translation>Pidä tämän koneen arvo</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="176"/>
        <source>Write a combined value…</source>
        <translation>Kirjoita yhdistetty arvo…</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="178"/>
        <source>Open client</source>
        <translation>Avaa asiakas</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="179"/>
        <source>Open the client&apos;s record (or double-click the row)</source>
        <translation>Avaa asiakkaan tiedot (tai kaksoisnapsauta riviä)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="180"/>
        <source>Conflicts</source>
        <translation>Ristiriidat</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="181"/>
        <location filename="../../ui/conflicts.py" line="189"/>
        <source>Changes the server refused</source>
        <translation>Palvelimen hylkäämät muutokset</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="184"/>
        <source>These changes were not taken by the server and are kept here with the reason. Copy what was entered and enter it again where it belongs, or ask the office.</source>
        <translation>Palvelin ei ottanut näitä muutoksia vastaan. Ne säilytetään tässä syineen. Kopioi kirjattu sisältö ja kirjaa se uudelleen oikeaan paikkaan, tai kysy toimistolta.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="188"/>
        <source>Copy what was entered</source>
        <translation>Kopioi kirjattu sisältö</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="292"/>
        <source>Combined value</source>
        <translation>Yhdistetty arvo</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="293"/>
        <source>The value that stays:</source>
        <translation>Jäävä arvo:</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="311"/>
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
        <location filename="../../ui/dashboard.py" line="90"/>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="93"/>
        <source>Reviews overdue</source>
        <translation>Myöhässä olevat päivitykset</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="94"/>
        <source>Reviews due this week</source>
        <translation>Päivitykset tällä viikolla</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="95"/>
        <source>Assessments pending</source>
        <translation>Keskeneräiset arvioinnit</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="96"/>
        <source>Clients with missing data</source>
        <translation>Asiakkaat, joilta puuttuu tietoja</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="97"/>
        <source>Unsynced changes</source>
        <translation>Synkronoimattomat muutokset</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="98"/>
        <source>Conflicts to review</source>
        <translation>Tarkistettavat ristiriidat</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="108"/>
        <source>No reviews are overdue.</source>
        <translation>Yksikään päivitys ei ole myöhässä.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="109"/>
        <source>No reviews are due in the next seven days.</source>
        <translation>Seuraavan seitsemän päivän aikana ei ole päivityksiä.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="110"/>
        <source>No assessment is waiting to be made or finished.</source>
        <translation>Yksikään arviointi ei odota tekemistä tai viimeistelyä.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="111"/>
        <source>No client is missing data the rules need.</source>
        <translation>Keneltäkään asiakkaalta ei puutu sääntöjen tarvitsemia tietoja.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="146"/>
        <source>Draft assessment to finish</source>
        <translation>Arvioinnin luonnos kesken</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="148"/>
        <source>Assessment must be made</source>
        <translation>Arviointi on tehtävä</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="156"/>
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
        <source>%2-year window ended on %1</source>
        <translation>%2 vuoden määräaika päättyi %1</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="75"/>
        <source>%2-year window ends on %1</source>
        <translation>%2 vuoden määräaika päättyy %1</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="80"/>
        <source>Multidisciplinary assessment recommended</source>
        <translation>Monialaista arviointia suositellaan</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="82"/>
        <source>Multidisciplinary assessment not indicated</source>
        <translation>Monialaiselle arvioinnille ei ole perustetta</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="86"/>
        <source>Participants from the wellbeing services county (Liite 1)</source>
        <translation>Osallistujat hyvinvointialueelta (Liite 1)</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="89"/>
        <source>Required:</source>
        <translation>Vaaditaan:</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="90"/>
        <source>If needed:</source>
        <translation>Tarvittaessa:</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="93"/>
        <source>Responsible party: %1</source>
        <translation>Vastuutaho: %1</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="98"/>
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
        <location filename="../../ui/enroll_dialog.py" line="32"/>
        <source>IT sees this name in the list of devices connected to the server.</source>
        <translation>IT-tuki näkee tämän nimen palvelimeen yhdistettyjen laitteiden luettelossa.</translation>
    </message>
    <message>
        <location filename="../../ui/enroll_dialog.py" line="36"/>
        <source>Server address</source>
        <translation>Palvelimen osoite</translation>
    </message>
    <message>
        <location filename="../../ui/enroll_dialog.py" line="37"/>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../ui/enroll_dialog.py" line="38"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../../ui/enroll_dialog.py" line="39"/>
        <source>Name of this laptop</source>
        <translation>Tämän koneen nimi</translation>
    </message>
    <message>
        <location filename="../../ui/enroll_dialog.py" line="51"/>
        <source>Your password is used once, to register this laptop. It is not stored.</source>
        <translation>Salasanaa käytetään kerran tämän koneen rekisteröintiin. Sitä ei tallenneta.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../../ui/field_labels.py" line="24"/>
        <source>Client details</source>
        <translation>Asiakkaan tiedot</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="25"/>
        <source>Language skills of the client</source>
        <translation>Asiakkaan kielitaito</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="26"/>
        <location filename="../../ui/field_labels.py" line="198"/>
        <source>Assessment</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="27"/>
        <source>Assessment participant</source>
        <translation>Arvioinnin osallistuja</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="28"/>
        <location filename="../../ui/field_labels.py" line="199"/>
        <source>Integration plan</source>
        <translation>Kotoutumissuunnitelma</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="29"/>
        <source>Goal of the plan</source>
        <translation>Suunnitelman tavoite</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="30"/>
        <source>Measure of the plan</source>
        <translation>Suunnitelman toimenpide</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="31"/>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="32"/>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="33"/>
        <source>Conflict</source>
        <translation>Ristiriita</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="34"/>
        <source>Reason for a rule finding</source>
        <translation>Sääntöhavainnon perustelu</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="35"/>
        <source>Access log</source>
        <translation>Käyttöloki</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="41"/>
        <source>First names</source>
        <translation>Etunimet</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="42"/>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="43"/>
        <source>Name in Latin letters</source>
        <translation>Nimi latinalaisin kirjaimin</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="44"/>
        <source>Name for searching</source>
        <translation>Nimi hakua varten</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="45"/>
        <source>Date of birth</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="46"/>
        <source>Gender</source>
        <translation>Sukupuoli</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="47"/>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="48"/>
        <source>Home municipality</source>
        <translation>Kotikunta</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="49"/>
        <source>Counsellor</source>
        <translation>Ohjaaja</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="50"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="51"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="52"/>
        <source>Preferred language</source>
        <translation>Asiointikieli</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="53"/>
        <source>Needs an interpreter</source>
        <translation>Tarvitsee tulkin</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="54"/>
        <location filename="../../ui/field_labels.py" line="174"/>
        <source>Interpreter language</source>
        <translation>Tulkkauskieli</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="55"/>
        <location filename="../../ui/field_labels.py" line="96"/>
        <source>Literacy</source>
        <translation>Luku- ja kirjoitustaito</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="56"/>
        <source>Residence permit type</source>
        <translation>Oleskeluluvan tyyppi</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="57"/>
        <source>Basis of residence</source>
        <translation>Oleskelun peruste</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="58"/>
        <source>Permit through the asylum process</source>
        <translation>Oleskelulupa turvapaikkaprosessin kautta</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="59"/>
        <source>First permit, card or registration</source>
        <translation>Ensimmäinen lupa, kortti tai rekisteröinti</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="60"/>
        <source>Labour market status</source>
        <translation>Työmarkkina-asema</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="61"/>
        <source>Family situation</source>
        <translation>Perhetilanne</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="62"/>
        <source>Notes on family</source>
        <translation>Huomioita perheestä</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="63"/>
        <source>Receives child home care allowance</source>
        <translation>Saa kotihoidon tukea</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="64"/>
        <source>Need for social assistance has become prolonged</source>
        <translation>Toimeentulotuen tarve on pitkittynyt</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="65"/>
        <source>Evident social or health service needs</source>
        <translation>Ilmeisiä sosiaali- ja terveyspalvelujen tarpeita</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="66"/>
        <source>Unaccompanied minor</source>
        <translation>Ilman huoltajaa tullut alaikäinen</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="67"/>
        <source>Victim of human trafficking</source>
        <translation>Ihmiskaupan uhri</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="68"/>
        <source>Referred by another authority</source>
        <translation>Toisen viranomaisen ohjaama</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="69"/>
        <source>Referring authority</source>
        <translation>Ohjaava viranomainen</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="70"/>
        <source>Asked for an assessment</source>
        <translation>On pyytänyt arviointia</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="71"/>
        <source>Family member of a person granted protection</source>
        <translation>Suojelua saaneen perheenjäsen</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="72"/>
        <source>Needs coordinated municipal and county services</source>
        <translation>Tarvitsee kunnan ja hyvinvointialueen palvelujen yhteensovittamista</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="78"/>
        <location filename="../../ui/field_labels.py" line="201"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="79"/>
        <source>Level</source>
        <translation>Taso</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="80"/>
        <source>Mother tongue</source>
        <translation>Äidinkieli</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="86"/>
        <source>Kind of assessment</source>
        <translation>Arvioinnin laji</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="87"/>
        <source>Status of the assessment</source>
        <translation>Arvioinnin tila</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="88"/>
        <source>Date of the assessment</source>
        <translation>Arvioinnin päivämäärä</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="89"/>
        <location filename="../../ui/field_labels.py" line="172"/>
        <location filename="../../ui/field_labels.py" line="205"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="90"/>
        <source>Goals and wishes</source>
        <translation>Tavoitteet ja toiveet</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="91"/>
        <source>Previous education</source>
        <translation>Aiempi koulutus</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="92"/>
        <source>Work history</source>
        <translation>Työhistoria</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="93"/>
        <source>Language skills</source>
        <translation>Kielitaito</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="94"/>
        <source>Finnish level</source>
        <translation>Suomen kielen taso</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="95"/>
        <source>Swedish level</source>
        <translation>Ruotsin kielen taso</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="97"/>
        <source>Learning and study skills</source>
        <translation>Oppimis- ja opiskeluvalmiudet</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="98"/>
        <source>Working-life skills</source>
        <translation>Työelämävalmiudet</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="99"/>
        <source>Work and functional capacity</source>
        <translation>Työ- ja toimintakyky</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="100"/>
        <source>Life situation and family</source>
        <translation>Elämäntilanne ja perhe</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="101"/>
        <source>Other factors</source>
        <translation>Muut tekijät</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="102"/>
        <source>Need for education</source>
        <translation>Koulutustarve</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="103"/>
        <source>Need for other integration services</source>
        <translation>Muiden kotoutumista edistävien palvelujen tarve</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="104"/>
        <source>Participation in NGO and community activities</source>
        <translation>Osallistuminen järjestö- ja yhteisötoimintaan</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="105"/>
        <source>Integration plan needed</source>
        <translation>Kotoutumissuunnitelma tarpeen</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="106"/>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="107"/>
        <source>Notes on the outcome</source>
        <translation>Huomioita lopputuloksesta</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="108"/>
        <location filename="../../ui/field_labels.py" line="136"/>
        <source>Reasons for going ahead despite a rule finding</source>
        <translation>Perustelut poikkeamille säännöistä</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="109"/>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="115"/>
        <source>Participant name</source>
        <translation>Osallistujan nimi</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="116"/>
        <source>Participant organisation</source>
        <translation>Osallistujan organisaatio</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="117"/>
        <source>Role in own words</source>
        <translation>Rooli omin sanoin</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="118"/>
        <source>Participant role</source>
        <translation>Osallistujan rooli</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="124"/>
        <source>Previous version</source>
        <translation>Edellinen versio</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="125"/>
        <source>Version number</source>
        <translation>Versionumero</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="126"/>
        <source>Kind of plan</source>
        <translation>Suunnitelman laji</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="127"/>
        <source>State of the plan</source>
        <translation>Suunnitelman tila</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="128"/>
        <location filename="../../ui/field_labels.py" line="154"/>
        <source>Responsible party</source>
        <translation>Vastuutaho</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="129"/>
        <source>Period starts</source>
        <translation>Kausi alkaa</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="130"/>
        <source>Period ends</source>
        <translation>Kausi päättyy</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="131"/>
        <source>Next review</source>
        <translation>Seuraava päivitys</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="132"/>
        <source>Agreed on</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="133"/>
        <source>Signed on</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="134"/>
        <source>Closed on</source>
        <translation>Päätetty</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="135"/>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="137"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="143"/>
        <source>Area</source>
        <translation>Osa-alue</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="144"/>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="145"/>
        <location filename="../../ui/field_labels.py" line="161"/>
        <source>Order</source>
        <translation>Järjestys</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="151"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="152"/>
        <source>Provider</source>
        <translation>Palveluntuottaja</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="153"/>
        <source>Other provider</source>
        <translation>Muu palveluntuottaja</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="155"/>
        <source>Starts</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="156"/>
        <source>Ends</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="157"/>
        <source>Status of the measure</source>
        <translation>Toimenpiteen tila</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="158"/>
        <source>Details</source>
        <translation>Perustiedot</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="159"/>
        <source>Hours</source>
        <translation>Tunnit</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="160"/>
        <source>Language of the service</source>
        <translation>Palvelun kieli</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="167"/>
        <source>Time of the meeting</source>
        <translation>Tapaamisen aika</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="168"/>
        <source>Duration (minutes)</source>
        <translation>Kesto (minuuttia)</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="169"/>
        <source>How the meeting is held</source>
        <translation>Tapaamisen toteutustapa</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="170"/>
        <source>Purpose</source>
        <translation>Tarkoitus</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="171"/>
        <source>Status of the meeting</source>
        <translation>Tapaamisen tila</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="173"/>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="175"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="181"/>
        <source>Written at</source>
        <translation>Kirjoitettu</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="182"/>
        <source>Author</source>
        <translation>Kirjoittaja</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="183"/>
        <source>Text of the note</source>
        <translation>Muistiinpanon teksti</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="190"/>
        <source>Identifier</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="191"/>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="192"/>
        <source>Order number on the server</source>
        <translation>Järjestysnumero palvelimella</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="193"/>
        <source>Removed</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="194"/>
        <source>Changed by</source>
        <translation>Muuttaja</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="195"/>
        <source>Changed on the device</source>
        <translation>Muutettu laitteella</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="196"/>
        <source>Changed at</source>
        <translation>Muutettu</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="197"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="200"/>
        <source>Language of the document</source>
        <translation>Asiakirjan kieli</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="202"/>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="203"/>
        <source>Start of the period</source>
        <translation>Jakson alku</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="204"/>
        <source>End of the period</source>
        <translation>Jakson loppu</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="206"/>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
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
        <location filename="../../ui/field_visit.py" line="82"/>
        <source>Field visit</source>
        <translation>Jalkautuminen</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="84"/>
        <source>The clients booked in one municipality on one day, and what each meeting needs.</source>
        <translation>Yhden kunnan yhden päivän tapaamiset ja mitä kussakin on tehtävä.</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="86"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Kunta</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="87"/>
        <source>&amp;Day</source>
        <translation>&amp;Päivä</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="88"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="89"/>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="90"/>
        <source>Meetings</source>
        <translation>Tapaamiset</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="97"/>
        <source>Assessment due</source>
        <translation>Arviointi tehtävä</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="98"/>
        <source>Finish the draft assessment</source>
        <translation>Viimeistele arvioinnin luonnos</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="99"/>
        <source>Draft the integration plan</source>
        <translation>Laadi kotoutumissuunnitelma</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="100"/>
        <source>Plan review due</source>
        <translation>Suunnitelman päivitys</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="101"/>
        <source>Plan to sign</source>
        <translation>Suunnitelma allekirjoitettavana</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="102"/>
        <source>Ask for missing data</source>
        <translation>Kysy puuttuvat tiedot</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="129"/>
        <source>Nothing pending</source>
        <translation>Ei avoimia tehtäviä</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="133"/>
        <source>%1 meetings</source>
        <translation>%1 tapaamista</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="138"/>
        <source>No meetings are booked in %1 on %2. Choose another day or municipality above; meetings are booked on the Meetings and notes tab of a client&apos;s record.</source>
        <translation>Ei varattuja tapaamisia: %1, %2. Valitse yläpuolelta toinen päivä tai kunta; tapaamiset varataan asiakkaan tietojen välilehdellä Tapaamiset ja muistiinpanot.</translation>
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
        <location filename="../../ui/plan_findings.py" line="125"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/plan_findings.py" line="135"/>
        <source>Rule findings: %1 of %2 without a reason</source>
        <translation>Sääntöhavainnot: %1/%2 ilman perustelua</translation>
    </message>
    <message>
        <location filename="../../ui/plan_findings.py" line="138"/>
        <source>Rule findings: each has a recorded reason</source>
        <translation>Sääntöhavainnot: jokaiselle on kirjattu perustelu</translation>
    </message>
    <message>
        <location filename="../../ui/plan_findings.py" line="141"/>
        <source>The plan can be drafted and saved as it is. Before it is agreed or signed, record for each finding why you go ahead; the reasons are printed on the office copy only.</source>
        <translation>Suunnitelman voi laatia ja tallentaa tällaisenaan. Ennen kuin se sovitaan tai allekirjoitetaan, kirjaa jokaiselle havainnolle, miksi jatkat silti; perustelut tulostuvat vain sisäiseen kappaleeseen.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_findings.py" line="147"/>
        <source>Reason for going ahead</source>
        <translation>Perustelu jatkamiselle</translation>
    </message>
    <message>
        <location filename="../../ui/plan_findings.py" line="148"/>
        <location filename="../../ui/plan_findings.py" line="219"/>
        <source>Reason: %1</source>
        <translation>Perustelu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_findings.py" line="149"/>
        <source>Save reason</source>
        <translation>Tallenna perustelu</translation>
    </message>
    <message>
        <location filename="../../ui/plan_findings.py" line="216"/>
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
    <name>Help</name>
    <message>
        <location filename="../../ui/help.py" line="79"/>
        <source>Getting started</source>
        <translation>Aloitus</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="80"/>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="81"/>
        <source>Caseload</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="82"/>
        <source>Field visit</source>
        <translation>Jalkautuminen</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="83"/>
        <source>Client record</source>
        <translation>Asiakkaan tiedot</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="84"/>
        <source>Assessment</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="85"/>
        <source>Integration plan</source>
        <translation>Kotoutumissuunnitelma</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="86"/>
        <source>Meetings and notes</source>
        <translation>Tapaamiset ja muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="87"/>
        <source>Conflicts</source>
        <translation>Ristiriidat</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="88"/>
        <source>Closed cases</source>
        <translation>Päättyneet asiakkuudet</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="89"/>
        <source>Recently deleted</source>
        <translation>Äskettäin poistetut</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="90"/>
        <source>Printing</source>
        <translation>Tulostaminen</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="91"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help.py" line="164"/>
        <source>Polku help</source>
        <translation>Polun ohje</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="165"/>
        <source>Help topics</source>
        <translation>Ohjeen aiheet</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="166"/>
        <source>Help text</source>
        <translation>Ohjeteksti</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <location filename="../../ui/main_window.py" line="117"/>
        <location filename="../../ui/main_window.py" line="126"/>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Polku</source>
        <translation>Polku</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>The server needs a newer version of Polku. Your changes are kept on this laptop and are sent after IT has installed the update.</source>
        <translation>Palvelin edellyttää Polun uudempaa versiota. Muutoksesi säilyvät tällä koneella ja lähetetään, kun IT-tuki on asentanut päivityksen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>The server no longer accepts this laptop&apos;s sign-in. Connect again with your user name and password; nothing on this laptop was lost.</source>
        <translation>Palvelin ei enää hyväksy tämän koneen kirjautumista. Yhdistä uudelleen käyttäjätunnuksellasi ja salasanallasi; koneelta ei menetetty mitään.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Changes not yet sent: %1. Access-log entries not yet sent: %2. Conflicts: %3.</source>
        <translation>Lähettämättömiä muutoksia: %1. Lähettämättömiä lokimerkintöjä: %2. Ristiriitoja: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>The administrator has removed this laptop from Polku. The client data on it will now be deleted.</source>
        <translation>Ylläpitäjä on poistanut tämän koneen Polusta. Koneella olevat asiakastiedot poistetaan nyt.</translation>
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
        <location filename="../../ui/meetings_tab.py" line="152"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="153"/>
        <source>Purpose</source>
        <translation>Tarkoitus</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="154"/>
        <source>How</source>
        <translation>Miten</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="155"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="156"/>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="157"/>
        <source>Interpreter</source>
        <translation>Tulkki</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="208"/>
        <location filename="../../ui/meetings_tab.py" line="216"/>
        <source>Meetings</source>
        <translation>Tapaamiset</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="209"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="210"/>
        <source>Book a meeting…</source>
        <translation>Varaa tapaaminen…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="211"/>
        <source>Record as held</source>
        <translation>Merkitse pidetyksi</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="212"/>
        <source>Cancel meeting</source>
        <translation>Peru tapaaminen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="213"/>
        <source>Add note</source>
        <translation>Lisää muistiinpano</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="214"/>
        <source>New note</source>
        <translation>Uusi muistiinpano</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="215"/>
        <source>Notes are kept as written: they cannot be edited later.</source>
        <translation>Muistiinpanot säilyvät sellaisinaan: niitä ei voi muokata jälkikäteen.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="218"/>
        <source>Time, place, how the meeting is held and whether an interpreter is needed</source>
        <translation>Aika, paikka, tapaamistapa ja tarvitaanko tulkkia</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="220"/>
        <source>Mark the selected meeting as held</source>
        <translation>Merkitse valittu tapaaminen pidetyksi</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="221"/>
        <source>Mark the selected meeting as cancelled; it stays in the list</source>
        <translation>Merkitse valittu tapaaminen perutuksi; se jää listaan</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="223"/>
        <source>Add the note with the time and your user name; notes cannot be changed later</source>
        <translation>Lisää muistiinpano kellonajan ja käyttäjätunnuksesi kanssa; muistiinpanoja ei voi muuttaa jälkikäteen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="226"/>
        <source>No meetings booked for this client yet. Book the first one with “Book a meeting…”.</source>
        <translation>Asiakkaalle ei ole vielä varattu tapaamisia. Varaa ensimmäinen painikkeella ”Varaa tapaaminen…”.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="280"/>
        <source>No notes yet.</source>
        <translation>Ei vielä muistiinpanoja.</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../ui/new_client.py" line="22"/>
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
        <location filename="../../ui/assessment_participants.py" line="89"/>
        <source>Participants (multidisciplinary assessment, §15)</source>
        <translation>Osallistujat (monialainen arviointi, 15 §)</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="91"/>
        <location filename="../../ui/assessment_participants.py" line="238"/>
        <source>Participant name</source>
        <translation>Osallistujan nimi</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="92"/>
        <location filename="../../ui/assessment_participants.py" line="239"/>
        <source>Participant organisation</source>
        <translation>Osallistujan organisaatio</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="93"/>
        <source>Participant role</source>
        <translation>Osallistujan rooli</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="94"/>
        <location filename="../../ui/assessment_participants.py" line="240"/>
        <source>Role in own words</source>
        <translation>Rooli omin sanoin</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="97"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="98"/>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="99"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="100"/>
        <source>Other role</source>
        <translation>Muu rooli</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="110"/>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="111"/>
        <source>Add participant</source>
        <translation>Lisää osallistuja</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="112"/>
        <source>Remove selected participant</source>
        <translation>Poista valittu osallistuja</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="146"/>
        <source>Participants from the wellbeing services county (Liite 1)</source>
        <translation>Osallistujat hyvinvointialueelta (Liite 1)</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="147"/>
        <source>missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="147"/>
        <source>taking part</source>
        <translation>mukana</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="148"/>
        <source>Required:</source>
        <translation>Vaaditaan:</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="148"/>
        <source>If needed:</source>
        <translation>Tarvittaessa:</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="186"/>
        <source>Other (write the role)</source>
        <translation>Muu (kirjoita rooli)</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../ui/plan_editor.py" line="178"/>
        <source>Version:</source>
        <translation>Versio:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="179"/>
        <source>Plan version</source>
        <translation>Suunnitelman versio</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="181"/>
        <source>New plan…</source>
        <translation>Uusi suunnitelma…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="182"/>
        <source>Mark as agreed</source>
        <translation>Merkitse sovituksi</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="183"/>
        <source>Mark as signed</source>
        <translation>Merkitse allekirjoitetuksi</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="184"/>
        <source>Close plan</source>
        <translation>Päätä suunnitelma</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="185"/>
        <source>New version (review)…</source>
        <translation>Uusi versio (päivitys)…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="186"/>
        <source>Add goal…</source>
        <translation>Lisää tavoite…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="187"/>
        <location filename="../../ui/plan_editor.py" line="296"/>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="188"/>
        <location filename="../../ui/plan_editor.py" line="190"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="189"/>
        <source>Add measure…</source>
        <translation>Lisää toimenpide…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="193"/>
        <source>Edit goal</source>
        <translation>Muokkaa tavoitetta</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="194"/>
        <source>Remove goal</source>
        <translation>Poista tavoite</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="195"/>
        <source>Remove measure</source>
        <translation>Poista toimenpide</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="196"/>
        <location filename="../../ui/plan_editor.py" line="198"/>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="197"/>
        <location filename="../../ui/plan_editor.py" line="199"/>
        <source>Measures</source>
        <translation>Toimenpiteet</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="200"/>
        <source>What changed</source>
        <translation>Mikä muuttui</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="201"/>
        <source>No integration plan yet. Make one with “New plan…”.</source>
        <translation>Kotoutumissuunnitelmaa ei vielä ole. Laadi se valinnalla ”Uusi suunnitelma…”.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="210"/>
        <source>Version %1 · %2 · %3</source>
        <translation>Versio %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="270"/>
        <source>What changed since version %1</source>
        <translation>Mikä muuttui versiosta %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="296"/>
        <source>Change status…</source>
        <translation>Muuta tilaa…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="298"/>
        <source>Change the status of the measure</source>
        <translation>Muuta toimenpiteen tilaa</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="298"/>
        <source>Edit measure</source>
        <translation>Muokkaa toimenpidettä</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="332"/>
        <source>The plan cannot be signed yet. Record a reason for each of these rule findings:</source>
        <translation>Suunnitelmaa ei voi vielä allekirjoittaa. Kirjaa perustelu jokaiselle näistä sääntöhavainnoista:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="334"/>
        <source>The plan cannot be agreed yet. Record a reason for each of these rule findings:</source>
        <translation>Suunnitelmaa ei voi vielä sopia. Kirjaa perustelu jokaiselle näistä sääntöhavainnoista:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="339"/>
        <source>Integration plan</source>
        <translation>Kotoutumissuunnitelma</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="351"/>
        <source>Mark version %1 as signed? After that it is changed only by a new version.</source>
        <translation>Merkitäänkö versio %1 allekirjoitetuksi? Sen jälkeen sitä muutetaan vain uudella versiolla.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="356"/>
        <source>Close version %1? A closed plan cannot be opened again.</source>
        <translation>Päätetäänkö versio %1? Päätettyä suunnitelmaa ei voi avata uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="386"/>
        <source>Remove the goal “%1”?</source>
        <translation>Poistetaanko tavoite ”%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="390"/>
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
        <location filename="../../ui/print_dialog.py" line="44"/>
        <source>Print or save a document</source>
        <translation>Tulosta tai tallenna asiakirja</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="49"/>
        <source>Integration plan (newest version)</source>
        <translation>Kotoutumissuunnitelma (uusin versio)</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="50"/>
        <source>Integration plan, office copy with the rule findings (not for the client)</source>
        <translation>Kotoutumissuunnitelma, sisäinen kappale sääntöhavaintoineen (ei asiakkaalle)</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="51"/>
        <source>Assessment summary (newest)</source>
        <translation>Arvioinnin yhteenveto (uusin)</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="52"/>
        <source>Client data extract (right of access)</source>
        <translation>Asiakkaan tietojen ote (tarkastusoikeus)</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="65"/>
        <source>%1 only</source>
        <translation>%1 (ei toista kieltä)</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="68"/>
        <location filename="../../ui/print_dialog.py" line="71"/>
        <source>Document</source>
        <translation>Asiakirja</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="69"/>
        <location filename="../../ui/print_dialog.py" line="72"/>
        <source>Second language</source>
        <translation>Toinen kieli</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="76"/>
        <source>Every print and save is recorded in the client&apos;s access log.</source>
        <translation>Jokainen tulostus ja tallennus kirjataan asiakkaan lokiin.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="79"/>
        <source>Open in PDF viewer</source>
        <translation>Avaa PDF-katseluohjelmassa</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="80"/>
        <source>Print</source>
        <translation>Tulosta</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="82"/>
        <source>Save PDF…</source>
        <translation>Tallenna PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="82"/>
        <source>Save JSON…</source>
        <translation>Tallenna JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="107"/>
        <source>The document will print in Finnish only.</source>
        <translation>Asiakirja tulostetaan vain suomeksi.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="109"/>
        <source>The document will print in Finnish and %1.</source>
        <translation>Asiakirja tulostetaan kielillä suomi ja %1.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="115"/>
        <source>No translation for %1: the document will print in Finnish and %2.</source>
        <translation>Käännöstä ei ole kielelle %1: asiakirja tulostetaan kielillä suomi ja %2.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="121"/>
        <source>No language is recorded for the client: the document will print in Finnish and %1.</source>
        <translation>Asiakkaalle ei ole kirjattu asiointikieltä: asiakirja tulostetaan kielillä suomi ja %1.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="124"/>
        <source>The client&apos;s own language is %1.</source>
        <translation>Asiakkaan oma kieli on %1.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="159"/>
        <source>Done.</source>
        <translation>Valmis.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="169"/>
        <source>Sending the document to the printer…</source>
        <translation>Asiakirjaa lähetetään tulostimelle…</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="176"/>
        <source>Sent to the printer.</source>
        <translation>Lähetetty tulostimelle.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="180"/>
        <source>Save as</source>
        <translation>Tallenna nimellä</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="192"/>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="148"/>
        <location filename="../../ui/print_dialog.py" line="163"/>
        <location filename="../../ui/print_dialog.py" line="185"/>
        <source>Making the document…</source>
        <translation>Asiakirjaa tehdään…</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <location filename="../../ui/print_queue.py" line="45"/>
        <source>Print plans</source>
        <translation>Tulosta suunnitelmia</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="47"/>
        <source>Only plans waiting for signatures (agreed)</source>
        <translation>Vain allekirjoitusta odottavat (sovitut) suunnitelmat</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="52"/>
        <source>Plans to print</source>
        <translation>Tulostettavat suunnitelmat</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="57"/>
        <source>Send to printer</source>
        <translation>Lähetä tulostimelle</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="58"/>
        <source>Save into a folder…</source>
        <translation>Tallenna kansioon…</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="68"/>
        <source>Each plan prints in Finnish and the client&apos;s own language, or in Finnish and English when there is no translation in it. Each row says which.</source>
        <translation>Jokainen suunnitelma tulostetaan suomeksi ja asiakkaan omalla kielellä, tai suomeksi ja englanniksi, jos asiakkaan kielelle ei ole käännöstä. Kukin rivi kertoo, millä kielillä.</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="99"/>
        <source>Finnish only</source>
        <translation>vain suomi</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="100"/>
        <source>Finnish and %1</source>
        <translation>suomi ja %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="103"/>
        <source>%1 (no translation for %2)</source>
        <translation>%1 (ei käännöstä kielelle %2)</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="108"/>
        <source>%1 (no language recorded)</source>
        <translation>%1 (asiointikieltä ei kirjattu)</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="126"/>
        <source>%1 plans</source>
        <translation>%1 suunnitelmaa</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="128"/>
        <source>%1 in English instead of the client&apos;s own language</source>
        <translation>%1 englanniksi asiakkaan oman kielen sijaan</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="133"/>
        <source>No plan is waiting for signatures. A plan appears here once it is marked agreed.</source>
        <translation>Yksikään suunnitelma ei odota allekirjoitusta. Suunnitelma tulee tähän, kun se on merkitty sovituksi.</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="135"/>
        <source>No agreed or signed plans to print.</source>
        <translation>Ei tulostettavia sovittuja tai allekirjoitettuja suunnitelmia.</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="147"/>
        <source>Save the plans into</source>
        <translation>Tallenna suunnitelmat kansioon</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="156"/>
        <source>Making the plans…</source>
        <translation>Suunnitelmia tehdään…</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="156"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="166"/>
        <location filename="../../ui/print_queue.py" line="191"/>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="124"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="127"/>
        <source>Changes take effect at once and are kept on this laptop for the next time you start Polku. Settings your organisation&apos;s IT has fixed are shown but cannot be changed.</source>
        <translation>Muutokset tulevat voimaan heti ja säilyvät tällä koneella, kun käynnistät Polun seuraavan kerran. Organisaatiosi IT-tuen asettamat asetukset näkyvät, mutta niitä ei voi muuttaa.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="131"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="131"/>
        <source>&amp;Lock Polku after</source>
        <translation>&amp;Lukitse Polku</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="131"/>
        <source>Sync &amp;server address</source>
        <translation>Synkronointi&amp;palvelimen osoite</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="137"/>
        <source> minutes without use</source>
        <translation> minuutin käyttämättömyyden jälkeen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="139"/>
        <source>Polku locks itself when nobody has used it this long; unlock with your passphrase.</source>
        <translation>Polku lukitsee itsensä, kun sitä ei ole käytetty näin pitkään aikaan; avaa tunnuslauseellasi.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="147"/>
        <source>Set by your organisation&apos;s IT</source>
        <translation>Organisaatiosi IT-tuen asettama</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="149"/>
        <source>Save address</source>
        <translation>Tallenna osoite</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="150"/>
        <source>About Polku and licences…</source>
        <translation>Tietoja Polusta ja lisenssit…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="157"/>
        <source>Polku uses this address when you connect this laptop to the server with “Connect to the server…” at the bottom of the window.</source>
        <translation>Polku käyttää tätä osoitetta, kun yhdistät koneen palvelimeen ikkunan alareunan painikkeella ”Yhdistä palvelimeen…”.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="162"/>
        <source>This laptop is connected to %1; a new address counts when you connect again.</source>
        <translation>Tämä kone on yhdistetty palvelimeen %1; uusi osoite otetaan käyttöön, kun yhdistät uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="182"/>
        <source>The setting could not be saved on this laptop: %1</source>
        <translation>Asetusta ei voitu tallentaa tälle koneelle: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="191"/>
        <source>Language changed.</source>
        <translation>Kieli vaihdettu.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="196"/>
        <source>Polku now locks after %1 minutes without use.</source>
        <translation>Polku lukitsee nyt itsensä %1 minuutin käyttämättömyyden jälkeen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="210"/>
        <source>The server address cannot contain spaces.</source>
        <translation>Palvelimen osoitteessa ei voi olla välilyöntejä.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="219"/>
        <source>Server address saved.</source>
        <translation>Palvelimen osoite tallennettu.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="219"/>
        <source>Server address removed.</source>
        <translation>Palvelimen osoite poistettu.</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../../ui/sync_bar.py" line="74"/>
        <source>Sync now</source>
        <translation>Synkronoi nyt</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="75"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="76"/>
        <source>Connect to the server…</source>
        <translation>Yhdistä palvelimeen…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="77"/>
        <source>Sync progress</source>
        <translation>Synkronoinnin eteneminen</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="107"/>
        <source>Not connected to a server: working offline</source>
        <translation>Ei yhteyttä palvelimeen: työskennellään paikallisesti</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="109"/>
        <source>Not synced yet</source>
        <translation>Ei vielä synkronoitu</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="112"/>
        <source>Last synced %1</source>
        <translation>Synkronoitu viimeksi %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="114"/>
        <source>Unsynced changes: %1</source>
        <translation>Synkronoimattomia muutoksia: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="116"/>
        <source>Conflicts to review: %1</source>
        <translation>Tarkistettavia ristiriitoja: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="127"/>
        <source>Syncing…</source>
        <translation>Synkronoidaan…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="146"/>
        <source>Cancelling…</source>
        <translation>Peruutetaan…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="155"/>
        <source>Sending</source>
        <translation>Lähetetään</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="155"/>
        <source>Receiving</source>
        <translation>Vastaanotetaan</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="173"/>
        <source>Sync cancelled; nothing was lost.</source>
        <translation>Synkronointi peruttu; mitään ei menetetty.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="175"/>
        <source>No connection to the server: will try again.</source>
        <translation>Ei yhteyttä palvelimeen: yritetään uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="190"/>
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
        <location filename="../../ui/timeline_tab.py" line="38"/>
        <source>Assessment</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="39"/>
        <source>Integration plan</source>
        <translation>Kotoutumissuunnitelma</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="40"/>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="41"/>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="45"/>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="49"/>
        <source>Nothing recorded for this client yet. Assessments, plans, meetings and notes appear here, newest first, as soon as they are made.</source>
        <translation>Asiakkaalle ei ole vielä kirjattu mitään. Arvioinnit, suunnitelmat, tapaamiset ja muistiinpanot näkyvät tässä uusin ensin heti, kun ne on tehty.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="79"/>
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
        <location filename="../../ui/workspace_view.py" line="105"/>
        <source>Caseload</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="105"/>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="105"/>
        <source>Field visit</source>
        <translation>Jalkautuminen</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="102"/>
        <source>Conflicts</source>
        <translation>Ristiriidat</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="104"/>
        <source>Conflicts (%1)</source>
        <translation>Ristiriidat (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="110"/>
        <source>Closed cases</source>
        <translation>Asiakasarkisto</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="111"/>
        <source>Recently deleted</source>
        <translation>Äskettäin poistetut</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="112"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="113"/>
        <source>Sections</source>
        <translation>Osiot</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="114"/>
        <source>+ New client</source>
        <translation>+ Uusi asiakas</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="115"/>
        <source>Add a client to your caseload (Ctrl+N)</source>
        <translation>Lisää asiakas asiakaslistaasi (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="116"/>
        <source>Print plans…</source>
        <translation>Tulosta suunnitelmia…</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="118"/>
        <source>Print many agreed or signed plans at once, each in Finnish and the client&apos;s language</source>
        <translation>Tulosta monta sovittua tai allekirjoitettua suunnitelmaa kerralla, kukin suomeksi ja asiakkaan kielellä</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="120"/>
        <source>Annual report…</source>
        <translation>Vuosiraportti…</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="121"/>
        <source>The yearly figures for the welfare group, as a PDF</source>
        <translation>Vuoden luvut hyvinvointiryhmälle PDF-tiedostona</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="122"/>
        <source>Help</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="123"/>
        <source>A short guide to the page on screen (F1)</source>
        <translation>Lyhyt ohje näkyvissä olevaan sivuun (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="124"/>
        <source>About</source>
        <translation>Tietoja</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="125"/>
        <source>Polku&apos;s version, this laptop&apos;s device id, and the licences</source>
        <translation>Polun versio, tämän koneen laitetunnus ja lisenssit</translation>
    </message>
</context>
</TS>
