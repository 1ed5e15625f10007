<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
<context>
    <name />
    <message>
        <location filename="../../ui/errors.py" line="30" />
        <source>The passphrase is not correct.</source>
        <translation>Lösenfrasen är inte korrekt.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="32" />
        <source>Too many wrong passphrases. Try again in %n second(s).</source>
        <translation>För många felaktiga lösenfraser. Försök igen om %n sekunder.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="36" />
        <source>The passphrase is too short: use at least 10 characters.</source>
        <translation>Lösenfrasen är för kort: använd minst 10 tecken.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="38" />
        <source>The key file of this profile is missing. Restore it from a backup or ask IT.</source>
        <translation>Profilens nyckelfil saknas. Återställ den från en säkerhetskopia eller kontakta IT-stödet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40" />
        <source>The key file of this profile is damaged. Restore it from a backup or ask IT.</source>
        <translation>Profilens nyckelfil är skadad. Återställ den från en säkerhetskopia eller kontakta IT-stödet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="42" />
        <source>The database file is missing. Nothing was created in its place; ask IT.</source>
        <translation>Databasfilen saknas. Inget skapades i dess ställe; kontakta IT-stödet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="44" />
        <source>The database file is damaged. It was left as it is; ask IT to restore it.</source>
        <translation>Databasfilen är skadad. Den lämnades orörd; be IT-stödet återställa den.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="46" />
        <source>This database was made by a newer version of Polku. Install the newer version.</source>
        <translation>Databasen skapades med en nyare version av Polku. Installera den nyare versionen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48" />
        <source>The disk is full. The last change was not saved. Free some space and try again.</source>
        <translation>Disken är full. Den senaste ändringen sparades inte. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50" />
        <source>Please check the field: %1</source>
        <translation>Kontrollera fältet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52" />
        <source>The record no longer exists. It may have been removed on another device.</source>
        <translation>Posten finns inte längre. Den kan ha tagits bort på en annan enhet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55" />
        <source>Something went wrong that Polku did not expect.</source>
        <translation>Ett oväntat fel inträffade.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62" />
        <location filename="../../ui/errors.py" line="72" />
        <source>Polku</source>
        <translation>Polku</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="75" />
        <source>Your saved work is safe. The details are in the log folder:</source>
        <translation>Ditt sparade arbete är i säkerhet. Detaljerna finns i loggmappen:</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="78" />
        <source>Copy details</source>
        <translation>Kopiera detaljer</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../ui/caseload_model.py" line="55" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="56" />
        <source>Name in Latin letters</source>
        <translation>Namn med latinska bokstäver</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="57" />
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="58" />
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="59" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="60" />
        <source>Next review</source>
        <translation>Nästa översyn</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="65" />
        <source>No plan</source>
        <translation>Ingen plan</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="67" />
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="68" />
        <source>Agreed</source>
        <translation>Överenskommen</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="69" />
        <source>Signed</source>
        <translation>Undertecknad</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="70" />
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="105" />
        <source>Review overdue</source>
        <translation>Översynen är försenad</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="105" />
        <source>Review due within a week</source>
        <translation>Översyn inom en vecka</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../../ui/caseload.py" line="69" />
        <source>Caseload</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="70" />
        <source>Search by name (any script) or date of birth…</source>
        <translation>Sök med namn (vilken skrift som helst) eller födelsedatum…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="71" />
        <source>Search clients</source>
        <translation>Sök klienter</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="74" />
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="80" />
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="83" />
        <source>Any review date</source>
        <translation>Översynsdatum: alla</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="84" />
        <source>Review due within a week</source>
        <translation>Översyn inom en vecka</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="84" />
        <source>Review overdue</source>
        <translation>Översynen är försenad</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="86" />
        <source>Review</source>
        <translation>Översyn</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="89" />
        <source>Any plan state</source>
        <translation>Planens status: alla</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="92" />
        <source>Plan state</source>
        <translation>Planens status</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="93" />
        <source>Needs attention</source>
        <translation>Kräver uppmärksamhet</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="94" />
        <source>Missing data needed by the rules, or a review overdue</source>
        <translation>Uppgifter som reglerna behöver saknas eller översynen är försenad</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="135" />
        <source>Loading clients…</source>
        <translation>Klienterna laddas…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="138" />
        <source>%1 of %2 clients</source>
        <translation>%1 av %2 klienter</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <location filename="../../ui/client_form.py" line="120" />
        <source>First names</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="121" />
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="122" />
        <source>Name in Latin letters</source>
        <translation>Namn med latinska bokstäver</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="123" />
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="124" />
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="125" />
        <source>Home municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="126" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="127" />
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="128" />
        <source>Preferred language</source>
        <translation>Kontaktspråk</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="129" />
        <source>Needs an interpreter</source>
        <translation>Behöver tolk</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="130" />
        <source>Interpreter language</source>
        <translation>Tolkningsspråk</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="131" />
        <source>Literacy</source>
        <translation>Läs- och skrivkunnighet</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="132" />
        <source>Residence permit type</source>
        <translation>Typ av uppehållstillstånd</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="133" />
        <source>Basis of residence</source>
        <translation>Grund för vistelse</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="134" />
        <source>First permit, card or registration</source>
        <translation>Första tillstånd, kort eller registrering</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="135" />
        <source>Labour market status</source>
        <translation>Ställning på arbetsmarknaden</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="136" />
        <source>Family situation</source>
        <translation>Familjesituation</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="137" />
        <source>Notes on family</source>
        <translation>Anteckningar om familjen</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="138" />
        <source>Receives child home care allowance</source>
        <translation>Får hemvårdsstöd</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="139" />
        <source>Need for social assistance has become prolonged</source>
        <translation>Behovet av utkomststöd har blivit långvarigt</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="140" />
        <source>Evident social or health service needs</source>
        <translation>Uppenbara behov av social- och hälsovårdstjänster</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="141" />
        <source>Unaccompanied minor</source>
        <translation>Ensamkommande minderårig</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="142" />
        <source>Victim of human trafficking</source>
        <translation>Offer för människohandel</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="143" />
        <source>Referred by another authority</source>
        <translation>Hänvisad av en annan myndighet</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="144" />
        <source>Referring authority</source>
        <translation>Hänvisande myndighet</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="145" />
        <source>Asked for an assessment</source>
        <translation>Har bett om en bedömning</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="146" />
        <source>Family member of a person granted protection</source>
        <translation>Familjemedlem till en person som fått skydd</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="147" />
        <source>Needs coordinated municipal and county services</source>
        <translation>Behöver samordnade tjänster av kommunen och välfärdsområdet</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="153" />
        <source>Identity and contact</source>
        <translation>Person- och kontaktuppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="154" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="155" />
        <source>Residence and situation</source>
        <translation>Vistelse och livssituation</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="156" />
        <source>Special statuses (KotoL §14-15)</source>
        <translation>Särskilda situationer (IntegrL 14-15 §)</translation>
    </message>
</context>
<context>
    <name>ClientRecordView</name>
    <message>
        <location filename="../../ui/client_record.py" line="86" />
        <source>← Caseload</source>
        <translation>← Klienter</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="87" />
        <source>Back to caseload</source>
        <translation>Tillbaka till klientlistan</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="88" />
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="89" />
        <source>Eligibility and rules</source>
        <translation>Rätt och regler</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="90" />
        <source>Save changes</source>
        <translation>Spara ändringarna</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="106" />
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="134" />
        <source>Saved %1</source>
        <translation>Sparat %1</translation>
    </message>
</context>
<context>
    <name>EligibilityView</name>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="37" />
        <source>An assessment must be made</source>
        <translation>En bedömning ska göras</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="38" />
        <source>An assessment may be made if you judge it needed</source>
        <translation>En bedömning kan göras om du anser att den behövs</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="39" />
        <source>Not eligible for an assessment</source>
        <translation>Ingen rätt till bedömning</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="40" />
        <source>Cannot decide: data missing</source>
        <translation>Kan inte avgöras: uppgifter saknas</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="41" />
        <source>No rules in force for this date</source>
        <translation>Inga regler gäller för detta datum</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="52" />
        <source>What the law says</source>
        <translation>Vad lagen säger</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="55" />
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="61" />
        <source>Three-year window ends on %1</source>
        <translation>Treårsfristen löper ut %1</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="66" />
        <source>Multidisciplinary assessment recommended</source>
        <translation>Sektorsövergripande bedömning rekommenderas</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="68" />
        <source>Multidisciplinary assessment not indicated</source>
        <translation>Ingen grund för en sektorsövergripande bedömning</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="74" />
        <source>Invite:</source>
        <translation>Bjud in:</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="85" />
        <source>Rules data version %1</source>
        <translation>Regeldatans version %1</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <location filename="../../ui/first_run.py" line="72" />
        <source>Welcome to Polku</source>
        <translation>Välkommen till Polku</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="75" />
        <source>Your clients' data is stored on this laptop encrypted with a passphrase only you know. Choose a long passphrase: a few words you can remember. If you forget it, the data cannot be opened.</source>
        <translation>Dina klienters uppgifter sparas krypterade på den här datorn med en lösenfras som bara du känner till. Välj en lång lösenfras: några ord du kommer ihåg. Om du glömmer den kan uppgifterna inte öppnas.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="81" />
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="82" />
        <source>Your &amp;user name</source>
        <translation>Ditt &amp;användarnamn</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="83" />
        <source>&amp;Passphrase</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="84" />
        <source>&amp;Confirm passphrase</source>
        <translation>&amp;Bekräfta lösenfrasen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="85" />
        <source>&amp;Server address (optional)</source>
        <translation>&amp;Serverns adress (valfri)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="94" />
        <source>Create my profile</source>
        <translation>Skapa min profil</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="99" />
        <source>Too short: at least 10 characters</source>
        <translation>För kort: minst 10 tecken</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="100" />
        <source>Weak: add words or characters</source>
        <translation>Svag: lägg till ord eller tecken</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="101" />
        <source>Fair</source>
        <translation>Godtagbar</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="102" />
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="103" />
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="122" />
        <source>The passphrases do not match.</source>
        <translation>Lösenfraserna stämmer inte överens.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="58" />
        <source>Polku</source>
        <translation>Polku</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59" />
        <source>Not connected to a server: working offline</source>
        <translation>Ingen anslutning till servern: arbetar lokalt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <source>Unsynced changes: %1</source>
        <translation>Osynkroniserade ändringar: %1</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../ui/new_client.py" line="22" />
        <source>New client</source>
        <translation>Ny klient</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../../ui/unlock.py" line="43" />
        <source>Polku is locked</source>
        <translation>Polku är låst</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="44" />
        <source>Enter your passphrase to open your caseload.</source>
        <translation>Skriv din lösenfras för att öppna dina klienter.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="45" />
        <location filename="../../ui/unlock.py" line="46" />
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="47" />
        <location filename="../../ui/unlock.py" line="48" />
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="49" />
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <location filename="../../ui/workspace_view.py" line="54" />
        <source>Caseload</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="58" />
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="59" />
        <source>+ New client</source>
        <translation>+ Ny klient</translation>
    </message>
</context>
</TS>