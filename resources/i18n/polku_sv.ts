<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name></name>
    <message>
        <location filename="../../ui/error_words.py" line="168"/>
        <source>The passphrase is not correct.</source>
        <translation>Lösenfrasen är inte korrekt.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="192"/>
        <source>This was deleted more than %1 days ago and can no longer be restored.</source>
        <translation>Detta togs bort för mer än %1 dagar sedan och kan inte längre återställas.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="194"/>
        <source>The client of this record is deleted: restore the client first.</source>
        <translation>Klienten för den här posten är borttagen: återställ klienten först.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="195"/>
        <source>The recovery key could not be used. Ask IT.</source>
        <translation>Återställningsnyckeln kunde inte användas. Fråga IT.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="196"/>
        <source>The recovery key password needs at least 12 characters.</source>
        <translation>Återställningsnyckelns lösenord måste ha minst 12 tecken.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="198"/>
        <source>The recovery key file cannot be read. Ask IT for the right file.</source>
        <translation>Filen med återställningsnyckeln kan inte läsas. Be IT om rätt fil.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="200"/>
        <source>This is not a Polku recovery key. Ask IT for the right file.</source>
        <translation>Detta är inte en återställningsnyckel för Polku. Be IT om rätt fil.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="201"/>
        <source>This profile was made without a recovery key: it cannot open it.</source>
        <translation>Den här profilen skapades utan återställningsnyckel: nyckeln kan inte öppna den.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="202"/>
        <source>The recovery key file or its password is not correct.</source>
        <translation>Filen med återställningsnyckeln eller dess lösenord är inte rätt.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="203"/>
        <source>This profile was protected with a different recovery key.</source>
        <translation>Den här profilen skyddades med en annan återställningsnyckel.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="205"/>
        <source>The recovery information in the key file is damaged. Ask IT to restore it from a backup.</source>
        <translation>Återställningsuppgifterna i nyckelfilen är skadade. Be IT att återställa dem från en säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="208"/>
        <source>No program for PDF files is installed: save the document instead.</source>
        <translation>Inget program för PDF-filer är installerat: spara dokumentet i stället.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="210"/>
        <source>No printing system was found: open the document in a viewer instead.</source>
        <translation>Inget utskriftssystem hittades: öppna dokumentet i ett visningsprogram i stället.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="212"/>
        <source>The printer did not accept the document; check the default printer.</source>
        <translation>Skrivaren tog inte emot dokumentet; kontrollera standardskrivaren.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="214"/>
        <source>The file could not be written. Choose another folder:</source>
        <translation>Filen kunde inte skrivas. Välj en annan mapp:</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="216"/>
        <source>The texts of the printed documents are missing or damaged. Ask IT.</source>
        <translation>Texterna för de utskrivna dokumenten saknas eller är skadade. Fråga IT.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="236"/>
        <source>Too many wrong passphrases. Try again in %n second(s).</source>
        <translation>För många felaktiga lösenfraser. Försök igen om %n sekunder.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="169"/>
        <source>The passphrase is too short: use at least 10 characters.</source>
        <translation>Lösenfrasen är för kort: använd minst 10 tecken.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="47"/>
        <source>this field is required.</source>
        <translation>fältet är obligatoriskt.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="48"/>
        <source>at most %1 characters.</source>
        <translation>högst %1 tecken.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="49"/>
        <source>write text here.</source>
        <translation>skriv text här.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="50"/>
        <source>choose one of the choices of the list.</source>
        <translation>välj ett av alternativen i listan.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="51"/>
        <source>write a date.</source>
        <translation>skriv ett datum.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="52"/>
        <source>write a date and a time.</source>
        <translation>skriv ett datum och en tid.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="53"/>
        <source>choose yes, no or leave it empty.</source>
        <translation>välj ja eller nej, eller lämna tomt.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="54"/>
        <source>choose yes or no.</source>
        <translation>välj ja eller nej.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="55"/>
        <source>write a whole number.</source>
        <translation>skriv ett heltal.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="57"/>
        <source>write a number from %1 to %2.</source>
        <translation>skriv ett tal från %1 till %2.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="61"/>
        <source>this cannot be changed here.</source>
        <translation>detta kan inte ändras här.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="62"/>
        <source>choose a municipality from the list.</source>
        <translation>välj en kommun i listan.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="63"/>
        <source>choose a language from the list.</source>
        <translation>välj ett språk i listan.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="64"/>
        <source>choose a service from the list.</source>
        <translation>välj en tjänst i listan.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="65"/>
        <source>choose a provider from the list.</source>
        <translation>välj en anordnare i listan.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="66"/>
        <source>choose a role from the list.</source>
        <translation>välj en roll i listan.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="67"/>
        <source>this language is not available here.</source>
        <translation>det här språket finns inte här.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="68"/>
        <source>this is not a valid personal identity code.</source>
        <translation>detta är inte en giltig personbeteckning.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="69"/>
        <source>does not match the date of birth.</source>
        <translation>stämmer inte med födelsedatumet.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="70"/>
        <source>cannot be in the future.</source>
        <translation>kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="71"/>
        <source>cannot be before the date of birth.</source>
        <translation>kan inte vara före födelsedatumet.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="72"/>
        <source>cannot be before the start.</source>
        <translation>kan inte vara före starten.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="73"/>
        <source>cannot be before the plan was agreed or signed.</source>
        <translation>kan inte vara före det att planen godkändes eller undertecknades.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="74"/>
        <source>cannot be before the plan period starts.</source>
        <translation>kan inte vara före planperiodens början.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="75"/>
        <source>choose the outcome before completing the assessment.</source>
        <translation>välj resultatet innan du slutför bedömningen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="76"/>
        <source>decide whether an integration plan is needed.</source>
        <translation>avgör om en integrationsplan behövs.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="77"/>
        <source>a multidisciplinary assessment names its participants.</source>
        <translation>i en sektorsövergripande bedömning anges deltagarna.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="78"/>
        <source>this party does not review integration plans.</source>
        <translation>denna part granskar inte integrationsplaner.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="79"/>
        <source>the assessment is not there any more.</source>
        <translation>bedömningen finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="80"/>
        <source>this is another client&apos;s assessment.</source>
        <translation>detta är en annan klients bedömning.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="81"/>
        <source>the plan is %1; make a new version to change it.</source>
        <translation>planens status är %1; gör en ny version för att ändra den.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="84"/>
        <source>a plan that is %1 cannot go back; make a new version.</source>
        <translation>en plan med status %1 kan inte gå tillbaka; gör en ny version.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="87"/>
        <source>a newer version of this plan exists; review that one.</source>
        <translation>det finns en nyare version av planen; granska den.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="89"/>
        <source>a meeting that is %1 cannot become %2.</source>
        <translation>ett möte med status %1 kan inte ändras till %2.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="93"/>
        <location filename="../../ui/error_words.py" line="94"/>
        <source>the reasons could not be read; write them again.</source>
        <translation>motiveringarna kunde inte läsas; skriv dem igen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="97"/>
        <source>this value was not accepted.</source>
        <translation>värdet godtogs inte.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="110"/>
        <source>No connection to the sync server. Nothing was lost: Polku tries again later.</source>
        <translation>Ingen anslutning till synkroniseringsservern. Inget gick förlorat: Polku försöker igen senare.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="113"/>
        <source>The server needs a newer version of Polku. Your changes are kept on this laptop and are sent after IT has installed the update.</source>
        <translation>Servern kräver en nyare version av Polku. Dina ändringar finns kvar på den här datorn och skickas när IT har installerat uppdateringen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="117"/>
        <source>The server did not accept the user name, the password or this laptop&apos;s sign-in. Check them, or connect this laptop again.</source>
        <translation>Servern godtog inte användarnamnet, lösenordet eller den här datorns inloggning. Kontrollera dem, eller anslut datorn på nytt.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="121"/>
        <source>The administrator has removed this laptop from sync. Its data must be wiped; ask IT.</source>
        <translation>Administratören har tagit bort den här datorn från synkroniseringen. Dess data måste raderas; fråga IT.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="123"/>
        <source>This user account was deactivated on the server. Ask IT.</source>
        <translation>Detta användarkonto har inaktiverats på servern. Fråga IT-supporten.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="124"/>
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>För många försök. Försök igen om %n sekunder.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="128"/>
        <source>The server was restored from a backup. Sync again: this laptop sends its changes again.</source>
        <translation>Servern återställdes från en säkerhetskopia. Synkronisera igen: den här datorn skickar sina ändringar på nytt.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="131"/>
        <source>The server&apos;s answer was not understood. Check the server address, or ask IT whether Polku needs an update.</source>
        <translation>Serverns svar förstods inte. Kontrollera serveradressen, eller fråga IT om Polku behöver uppdateras.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="134"/>
        <source>Sync cancelled; nothing was lost.</source>
        <translation>Synkroniseringen avbröts; inget gick förlorat.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="135"/>
        <location filename="../../ui/error_words.py" line="207"/>
        <source>This laptop is not connected to a sync server yet.</source>
        <translation>Den här datorn är ännu inte ansluten till en synkroniseringsserver.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="137"/>
        <source>The server no longer has this for you: it may have changed meanwhile. Sync and try again.</source>
        <translation>Servern har inte längre det här åt dig: det kan ha ändrats under tiden. Synkronisera och försök igen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="141"/>
        <source>Sync failed; your changes are kept and will be sent later.</source>
        <translation>Synkroniseringen misslyckades; dina ändringar finns kvar och skickas senare.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="148"/>
        <source>Record a reason for each rule finding before completing the assessment:</source>
        <translation>Ange en motivering för varje regelfynd innan du slutför bedömningen:</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="155"/>
        <source>Record a reason for each rule finding before the plan is %1 (%2 without a reason).</source>
        <translation>Ange en motivering för varje regelfynd innan planens status blir %1 (utan motivering: %2).</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="163"/>
        <source>Someone else changed the same field while you were editing: %1</source>
        <translation>Någon annan ändrade samma fält medan du redigerade: %1</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="170"/>
        <source>There is no Polku profile in this folder yet.</source>
        <translation>Det finns ännu ingen Polku-profil i den här mappen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="171"/>
        <source>A profile already exists in this folder; nothing was overwritten.</source>
        <translation>Det finns redan en profil i den här mappen; inget skrevs över.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="172"/>
        <source>The profile cannot be opened. Ask IT.</source>
        <translation>Profilen kan inte öppnas. Fråga IT.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="174"/>
        <source>The key file of this profile is missing. Restore it from a backup or ask IT.</source>
        <translation>Profilens nyckelfil saknas. Återställ den från en säkerhetskopia eller kontakta IT-stödet.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="177"/>
        <source>The key file of this profile is damaged. Restore it from a backup or ask IT.</source>
        <translation>Profilens nyckelfil är skadad. Återställ den från en säkerhetskopia eller kontakta IT-stödet.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="180"/>
        <source>The database file is missing. Nothing was created in its place; ask IT.</source>
        <translation>Databasfilen saknas. Inget skapades i dess ställe; kontakta IT-stödet.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="183"/>
        <source>The database file is damaged. It was left as it is; ask IT to restore it.</source>
        <translation>Databasfilen är skadad. Den lämnades orörd; be IT-stödet återställa den.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="186"/>
        <source>This database was made by a newer version of Polku. Install the newer version.</source>
        <translation>Databasen skapades med en nyare version av Polku. Installera den nyare versionen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="189"/>
        <source>The disk is full. The last change was not saved. Free some space and try again.</source>
        <translation>Disken är full. Den senaste ändringen sparades inte. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="240"/>
        <source>The record no longer exists. It may have been removed on another device.</source>
        <translation>Posten finns inte längre. Den kan ha tagits bort på en annan enhet.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="244"/>
        <source>The server address uses plain HTTP, which is not encrypted: use an https:// address. Plain HTTP is allowed only to this computer, or when IT allows it in the machine-wide polku.ini ([sync] allow_plain_http).</source>
        <translation>Serveradressen använder okrypterad HTTP: använd en https://-adress. Okrypterad HTTP tillåts bara till den här datorn, eller när IT tillåter det i datorns gemensamma polku.ini ([sync] allow_plain_http).</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="248"/>
        <source>The server address must start with https://.</source>
        <translation>Serveradressen måste börja med https://.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="259"/>
        <source>Polku could not finish this. The details are in the log folder.</source>
        <translation>Polku kunde inte slutföra detta. Detaljerna finns i loggmappen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="260"/>
        <source>Something went wrong that Polku did not expect.</source>
        <translation>Ett oväntat fel inträffade.</translation>
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
        <translation>Ditt sparade arbete är i säkerhet. Detaljerna finns i loggmappen:</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49"/>
        <source>Copy details</source>
        <translation>Kopiera detaljer</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="26"/>
        <source>About Polku</source>
        <translation>Om Polku</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="38"/>
        <source>Polku version</source>
        <translation>Polkus version</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="39"/>
        <source>Rules data (KotoL 681/2023) version</source>
        <translation>Regeldatans (integrationslagen 681/2023) version</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="40"/>
        <source>Reference data version</source>
        <translation>Referensdatans version</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="41"/>
        <source>Vocabulary version</source>
        <translation>Vokabulärens version</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="42"/>
        <source>Device id</source>
        <translation>Enhetens id</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="43"/>
        <source>Device name</source>
        <translation>Enhetens namn</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="44"/>
        <source>Sync server</source>
        <translation>Synkroniseringsserver</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="50"/>
        <source>Polku</source>
        <translation>Polku</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="54"/>
        <source>Integration counselling for Kuopio, Tuusniemi, Lapinlahti and Kaavi (Act on the Promotion of Integration 681/2023).</source>
        <translation>Integrationsvägledning i Kuopio, Tuusniemi, Lapinlahti och Kaavi (lagen om främjande av integration 681/2023).</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="62"/>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="73"/>
        <source>Licences</source>
        <translation>Licenser</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="73"/>
        <source>Font licence</source>
        <translation>Typsnittens licens</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="87"/>
        <source>not loaded</source>
        <translation>inte inläst</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="90"/>
        <source>Given when the laptop connects to the server</source>
        <translation>Ges när datorn ansluts till servern</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="93"/>
        <source>Connected to %1 as %2</source>
        <translation>Ansluten till %1 som %2</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="96"/>
        <source>Not connected to a server (not enrolled)</source>
        <translation>Inte ansluten till en server (enheten är inte registrerad)</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <location filename="../../ui/assessment_form.py" line="160"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="161"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="162"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="163"/>
        <source>Goals and wishes</source>
        <translation>Mål och önskemål</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="164"/>
        <source>Previous education</source>
        <translation>Tidigare utbildning</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="165"/>
        <source>Work history</source>
        <translation>Arbetshistorik</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="166"/>
        <source>Language skills</source>
        <translation>Språkkunskaper</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="167"/>
        <source>Literacy</source>
        <translation>Läs- och skrivkunnighet</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="168"/>
        <source>Learning and study skills</source>
        <translation>Inlärnings- och studiefärdigheter</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="169"/>
        <source>Working-life skills</source>
        <translation>Färdigheter för arbetslivet</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="170"/>
        <source>Work and functional capacity</source>
        <translation>Arbets- och funktionsförmåga</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="171"/>
        <source>Life situation and family</source>
        <translation>Livssituation och familj</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="172"/>
        <source>Other factors</source>
        <translation>Andra faktorer</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="173"/>
        <source>Need for education</source>
        <translation>Utbildningsbehov</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="174"/>
        <source>Need for other integration services</source>
        <translation>Behov av andra integrationsfrämjande tjänster</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="175"/>
        <source>Participation in NGO and community activities</source>
        <translation>Deltagande i organisations- och samfundsverksamhet</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="176"/>
        <source>Finnish level</source>
        <translation>Nivå i finska</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="177"/>
        <source>Swedish level</source>
        <translation>Nivå i svenska</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="178"/>
        <source>Integration plan needed</source>
        <translation>Integrationsplan behövs</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="179"/>
        <location filename="../../ui/assessment_form.py" line="211"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="180"/>
        <source>Notes on the outcome</source>
        <translation>Anteckningar om resultatet</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="181"/>
        <source>Reasons for going ahead despite a rule finding</source>
        <translation>Motiveringar till avvikelser från reglerna</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="206"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="206"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="210"/>
        <source>Skills and service needs (KotoL §14)</source>
        <translation>Kunnande och servicebehov (IntegrL 14 §)</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="356"/>
        <source>Before completing, fix these or record a reason for each:</source>
        <translation>Innan bedömningen markeras som klar: åtgärda dessa eller anteckna en motivering för var och en:</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="365"/>
        <source>A multidisciplinary assessment names its participants: add them above.</source>
        <translation>I en sektorsövergripande bedömning antecknas deltagarna: lägg till dem ovan.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="212"/>
        <source>Mark assessment completed</source>
        <translation>Markera bedömningen som klar</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="274"/>
        <source>Unsaved changes…</source>
        <translation>Osparade ändringar…</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="292"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="309"/>
        <source>All changes saved %1</source>
        <translation>Alla ändringar sparade %1</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="319"/>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_form.py" line="350"/>
        <source>Assessment completed</source>
        <translation>Bedömningen är klar</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <location filename="../../ui/assessment_tab.py" line="49"/>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_tab.py" line="50"/>
        <source>Start a basic assessment</source>
        <translation>Börja en bedömning</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_tab.py" line="51"/>
        <source>Start a multidisciplinary assessment</source>
        <translation>Börja en sektorsövergripande bedömning</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_tab.py" line="52"/>
        <source>No assessment yet. Start one with the buttons above.</source>
        <translation>Ingen bedömning ännu. Börja med knapparna ovan.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_tab.py" line="86"/>
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
</context>
<context>
    <name>BookMeetingDialog</name>
    <message>
        <location filename="../../ui/meetings_tab.py" line="72"/>
        <source>Book a meeting</source>
        <translation>Boka ett möte</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="87"/>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="88"/>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="89"/>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="90"/>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="91"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="92"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="93"/>
        <source>Interpreter language</source>
        <translation>Tolkningsspråk</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="100"/>
        <source>What the integration programme says</source>
        <translation>Vad integrationsprogrammet säger</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../ui/caseload_model.py" line="42"/>
        <source>Review due within %1 days</source>
        <translation>Översyn inom %1 dagar</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="59"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="60"/>
        <source>Name in Latin letters</source>
        <translation>Namn med latinska bokstäver</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="61"/>
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="62"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="63"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="64"/>
        <source>Next review</source>
        <translation>Nästa översyn</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="69"/>
        <source>No plan</source>
        <translation>Ingen plan</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="71"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="72"/>
        <source>Agreed</source>
        <translation>Överenskommen</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="73"/>
        <source>Signed</source>
        <translation>Undertecknad</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="74"/>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_model.py" line="109"/>
        <source>Review overdue</source>
        <translation>Översynen är försenad</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../../ui/caseload.py" line="89"/>
        <source>Caseload</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="90"/>
        <source>Search by name (any script) or date of birth…</source>
        <translation>Sök med namn (vilken skrift som helst) eller födelsedatum…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="91"/>
        <source>Search clients</source>
        <translation>Sök klienter</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="92"/>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="95"/>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="101"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="104"/>
        <source>Any review date</source>
        <translation>Översynsdatum: alla</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="105"/>
        <source>Review overdue</source>
        <translation>Översynen är försenad</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="107"/>
        <source>Review</source>
        <translation>Översyn</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="110"/>
        <source>Any plan state</source>
        <translation>Planens status: alla</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="113"/>
        <source>Plan state</source>
        <translation>Planens status</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="114"/>
        <source>Needs attention</source>
        <translation>Kräver uppmärksamhet</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="115"/>
        <source>Missing data needed by the rules, or a review overdue</source>
        <translation>Uppgifter som reglerna behöver saknas eller översynen är försenad</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="116"/>
        <source>Delete client…</source>
        <translation>Ta bort klient…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="117"/>
        <source>Deleted clients can be restored from Recently deleted for 30 days</source>
        <translation>Borttagna klienter kan återställas från Nyligen borttagna i 30 dagar</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="163"/>
        <source>Loading clients…</source>
        <translation>Klienterna laddas…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="167"/>
        <source>%1 of %2 clients</source>
        <translation>%1 av %2 klienter</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="177"/>
        <source>No clients on this laptop yet. Add one with “New client…”. If your clients are already in Polku on the server, connect and sync at the bottom of the window to bring your caseload here.</source>
        <translation>Det finns ännu inga klienter på den här datorn. Lägg till en med ”Ny klient…”. Om dina klienter redan finns i Polku på servern, anslut och synkronisera längst ner i fönstret så kommer de hit.</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="181"/>
        <source>New client…</source>
        <translation>Ny klient…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="185"/>
        <source>No client matches the search and the filters.</source>
        <translation>Ingen klient motsvarar sökningen och avgränsningarna.</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="186"/>
        <source>Clear search and filters</source>
        <translation>Töm sökningen och avgränsningarna</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="223"/>
        <source>Delete client</source>
        <translation>Ta bort klient</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py" line="224"/>
        <source>Delete %1? The client can be restored from Recently deleted for 30 days.</source>
        <translation>Ta bort %1? Klienten kan återställas från Nyligen borttagna i 30 dagar.</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../ui/plan_models.py" line="214"/>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="215"/>
        <source>responsible party</source>
        <translation>ansvarig part</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="216"/>
        <source>period start</source>
        <translation>periodens början</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="217"/>
        <source>period end</source>
        <translation>periodens slut</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="218"/>
        <source>summary</source>
        <translation>sammanfattning</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="219"/>
        <source>area</source>
        <translation>område</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="220"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="221"/>
        <source>provider</source>
        <translation>tjänsteproducent</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="222"/>
        <source>other provider</source>
        <translation>annan tjänsteproducent</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="223"/>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="224"/>
        <source>end</source>
        <translation>slut</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="225"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="226"/>
        <source>details</source>
        <translation>detaljer</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="227"/>
        <source>hours</source>
        <translation>timmar</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="228"/>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="248"/>
        <source>Goal added: %1</source>
        <translation>Mål tillagt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="248"/>
        <source>Measure added: %1</source>
        <translation>Åtgärd tillagd: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="252"/>
        <source>Goal removed: %1</source>
        <translation>Mål borttaget: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="252"/>
        <source>Measure removed: %1</source>
        <translation>Åtgärd borttagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="257"/>
        <source>Plan %1: %2 → %3</source>
        <translation>Planen, %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="259"/>
        <source>Goal text: %1 → %2</source>
        <translation>Målets text: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="260"/>
        <source>Goal “%4”, %1: %2 → %3</source>
        <translation>Målet ”%4”, %1: %2 → %3</translation>
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
        <translation>Inte antecknat</translation>
    </message>
    <message>
        <location filename="../../ui/choose_value.py" line="38"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/choose_value.py" line="39"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../ui/choose_value.py" line="58"/>
        <location filename="../../ui/choose_value.py" line="72"/>
        <source>Changed meanwhile</source>
        <translation>Ändrat under tiden</translation>
    </message>
    <message>
        <location filename="../../ui/choose_value.py" line="62"/>
        <source>While you were editing, these fields were changed on this laptop (a sync brought a colleague&apos;s change, or another window saved). Choose which value to keep.</source>
        <translation>Medan du redigerade ändrades de här fälten på den här datorn (en synkronisering hämtade en kollegas ändring, eller ett annat fönster sparade). Välj vilket värde som ska behållas.</translation>
    </message>
    <message>
        <location filename="../../ui/choose_value.py" line="70"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../ui/choose_value.py" line="71"/>
        <source>Before your edit</source>
        <translation>Före din ändring</translation>
    </message>
    <message>
        <location filename="../../ui/choose_value.py" line="73"/>
        <source>Yours</source>
        <translation>Ditt</translation>
    </message>
    <message>
        <location filename="../../ui/choose_value.py" line="80"/>
        <source>Keep the value changed meanwhile: %1</source>
        <translation>Behåll värdet som ändrats under tiden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/choose_value.py" line="82"/>
        <source>Keep your value: %1</source>
        <translation>Behåll ditt värde: %1</translation>
    </message>
    <message>
        <location filename="../../ui/choose_value.py" line="93"/>
        <source>Keep my choices</source>
        <translation>Behåll mina val</translation>
    </message>
    <message>
        <location filename="../../ui/choose_value.py" line="94"/>
        <source>Decide later</source>
        <translation>Bestäm senare</translation>
    </message>
    <message>
        <location filename="../../ui/choose_value.py" line="95"/>
        <source>Both values are kept on the Conflicts page until you choose.</source>
        <translation>Båda värdena finns kvar på sidan Konflikter tills du väljer.</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <location filename="../../ui/client_form.py" line="135"/>
        <source>Not recorded</source>
        <translation>Inte antecknat</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="155"/>
        <source>First names</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="156"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="157"/>
        <source>Name in Latin letters</source>
        <translation>Namn med latinska bokstäver</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="158"/>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="159"/>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="160"/>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="161"/>
        <source>Home municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="162"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="163"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="164"/>
        <source>Preferred language</source>
        <translation>Kontaktspråk</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="165"/>
        <source>Needs an interpreter</source>
        <translation>Behöver tolk</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="166"/>
        <source>Interpreter language</source>
        <translation>Tolkningsspråk</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="167"/>
        <source>Literacy</source>
        <translation>Läs- och skrivkunnighet</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="168"/>
        <source>Residence permit type</source>
        <translation>Typ av uppehållstillstånd</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="169"/>
        <source>Basis of residence</source>
        <translation>Grund för vistelse</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="170"/>
        <source>Permit through the asylum process</source>
        <translation>Uppehållstillstånd via asylprocessen</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="171"/>
        <source>First permit, card or registration</source>
        <translation>Första tillstånd, kort eller registrering</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="172"/>
        <source>Labour market status</source>
        <translation>Ställning på arbetsmarknaden</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="173"/>
        <source>Family situation</source>
        <translation>Familjesituation</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="174"/>
        <source>Notes on family</source>
        <translation>Anteckningar om familjen</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="175"/>
        <source>Receives child home care allowance</source>
        <translation>Får hemvårdsstöd</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="176"/>
        <source>Need for social assistance has become prolonged</source>
        <translation>Behovet av utkomststöd har blivit långvarigt</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="177"/>
        <source>Evident social or health service needs</source>
        <translation>Uppenbara behov av social- och hälsovårdstjänster</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="178"/>
        <source>Unaccompanied minor</source>
        <translation>Ensamkommande minderårig</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="179"/>
        <source>Victim of human trafficking</source>
        <translation>Offer för människohandel</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="180"/>
        <source>Referred by another authority</source>
        <translation>Hänvisad av en annan myndighet</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="181"/>
        <source>Referring authority</source>
        <translation>Hänvisande myndighet</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="182"/>
        <source>Asked for an assessment</source>
        <translation>Har bett om en bedömning</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="183"/>
        <source>Family member of a person granted protection</source>
        <translation>Familjemedlem till en person som fått skydd</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="184"/>
        <source>Needs coordinated municipal and county services</source>
        <translation>Behöver samordnade tjänster av kommunen och välfärdsområdet</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="190"/>
        <source>Identity and contact</source>
        <translation>Person- och kontaktuppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="191"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="192"/>
        <source>Residence and situation</source>
        <translation>Vistelse och livssituation</translation>
    </message>
    <message>
        <location filename="../../ui/client_form.py" line="193"/>
        <source>Special statuses (KotoL §14-15)</source>
        <translation>Särskilda situationer (IntegrL 14-15 §)</translation>
    </message>
</context>
<context>
    <name>ClientRecordView</name>
    <message>
        <location filename="../../ui/client_record.py" line="156"/>
        <source>← Caseload</source>
        <translation>← Klienter</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="157"/>
        <source>Back to caseload</source>
        <translation>Tillbaka till klientlistan</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="163"/>
        <source>The plan, the assessment summary or the data extract, in Finnish and a second language</source>
        <translation>Planen, sammanfattningen av bedömningen eller utdraget, på finska och ett andra språk</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="165"/>
        <source>Changes are also saved by themselves when you pause typing (Ctrl+S)</source>
        <translation>Ändringarna sparas också av sig själva när du gör en paus i skrivandet (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="177"/>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="178"/>
        <source>Integration plan</source>
        <translation>Integrationsplan</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="179"/>
        <source>Meetings and notes</source>
        <translation>Möten och anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="180"/>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="308"/>
        <source>All changes saved %1</source>
        <translation>Alla ändringar sparade %1</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="316"/>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="175"/>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="176"/>
        <source>Eligibility and rules</source>
        <translation>Rätt och regler</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="160"/>
        <source>Save changes</source>
        <translation>Spara ändringarna</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="161"/>
        <source>Print or save…</source>
        <translation>Skriv ut eller spara…</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="231"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="275"/>
        <location filename="../../ui/client_record.py" line="309"/>
        <source>Unsaved changes…</source>
        <translation>Osparade ändringar…</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="281"/>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
</context>
<context>
    <name>ClosedCasesView</name>
    <message>
        <location filename="../../ui/closed_cases.py" line="55"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="56"/>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="57"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="58"/>
        <source>Plan closed</source>
        <translation>Planen avslutades</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="59"/>
        <source>Left the laptops</source>
        <translation>Togs bort från datorerna</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="98"/>
        <location filename="../../ui/closed_cases.py" line="111"/>
        <source>Closed cases</source>
        <translation>Avslutade ärenden</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="101"/>
        <source>Clients whose plans are all closed and whose details have not changed for 12 months are kept on the server only. When a client comes back, search for them here and fetch their details to this laptop. This needs a connection to the server.</source>
        <translation>Klienter vars planer alla är avslutade och vars uppgifter inte har ändrats på 12 månader finns bara kvar på servern. När en klient kommer tillbaka söker du fram klienten här och hämtar uppgifterna till den här datorn. Det kräver en anslutning till servern.</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="107"/>
        <source>Name or date of birth</source>
        <translation>Namn eller födelsedatum</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="108"/>
        <source>Search closed cases</source>
        <translation>Sök bland avslutade ärenden</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="109"/>
        <source>Search on the server</source>
        <translation>Sök på servern</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="110"/>
        <source>Fetch to this laptop</source>
        <translation>Hämta till den här datorn</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="142"/>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="154"/>
        <source>Fetching %1…</source>
        <translation>Hämtar %1…</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="161"/>
        <source>%1 is on this laptop again, in the caseload.</source>
        <translation>%1 finns igen på den här datorn, bland dina klienter.</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="168"/>
        <source>This case is no longer closed on the server: it comes to this laptop with the next sync.</source>
        <translation>Ärendet är inte längre avslutat på servern: uppgifterna kommer till den här datorn med nästa synkronisering.</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="212"/>
        <source>More than %1 match: narrow the search.</source>
        <translation>Fler än %1 träffar: förfina sökningen.</translation>
    </message>
    <message>
        <location filename="../../ui/closed_cases.py" line="214"/>
        <source>No closed case matches the search.</source>
        <translation>Inget avslutat ärende matchar sökningen.</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../ui/conflicts.py" line="81"/>
        <location filename="../../ui/conflicts.py" line="122"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="82"/>
        <location filename="../../ui/conflicts.py" line="123"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="83"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="84"/>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="85"/>
        <source>On the server</source>
        <translation>På servern</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="86"/>
        <source>On this laptop</source>
        <translation>På den här datorn</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="124"/>
        <source>Made</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="125"/>
        <source>Why it was refused</source>
        <translation>Varför den avvisades</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="126"/>
        <source>What was entered</source>
        <translation>Vad som fördes in</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="150"/>
        <source>Outside your caseload: the client&apos;s municipality or counsellor is not one of yours.</source>
        <translation>Utanför dina klienter: klientens kommun eller handledare är inte din.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="152"/>
        <source>The server could not accept these values (the app may need an update).</source>
        <translation>Servern kunde inte ta emot dessa värden (appen kan behöva uppdateras).</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="153"/>
        <source>The record it belongs to is not on the server.</source>
        <translation>Posten som den hör till finns inte på servern.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="154"/>
        <source>The record is no longer on the server.</source>
        <translation>Posten finns inte längre på servern.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="155"/>
        <source>The server did not accept this change.</source>
        <translation>Servern godtog inte den här ändringen.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="158"/>
        <source>(client not on this laptop)</source>
        <translation>(klienten finns inte på den här datorn)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="161"/>
        <source>Conflicts to review</source>
        <translation>Konflikter att granska</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="164"/>
        <source>Nothing to review. Conflicts appear here when the same field was changed differently on two devices; changes the server did not accept are kept here with the reason.</source>
        <translation>Inget att granska. Konflikter visas här när samma fält har ändrats olika på två enheter; ändringar som servern inte godtog sparas här med orsaken.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="170"/>
        <source>The same field was changed differently on two devices. Nothing was lost: choose which value stays, or write the combined one.</source>
        <translation>Samma fält ändrades olika på två enheter. Inget gick förlorat: välj vilket värde som blir kvar, eller skriv ett sammanslaget värde.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="174"/>
        <source>Keep the server&apos;s value</source>
        <translation>Behåll serverns värde</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="175"/>
        <source>Keep this laptop&apos;s value</source>
        <translation>Behåll den här datorns värde</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="176"/>
        <source>Write a combined value…</source>
        <translation>Skriv ett sammanslaget värde…</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="178"/>
        <source>Open client</source>
        <translation>Öppna klienten</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="179"/>
        <source>Open the client&apos;s record (or double-click the row)</source>
        <translation>Öppna klientens uppgifter (eller dubbelklicka på raden)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="180"/>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="181"/>
        <location filename="../../ui/conflicts.py" line="189"/>
        <source>Changes the server refused</source>
        <translation>Ändringar som servern avvisade</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="184"/>
        <source>These changes were not taken by the server and are kept here with the reason. Copy what was entered and enter it again where it belongs, or ask the office.</source>
        <translation>Servern tog inte emot dessa ändringar; de sparas här med orsaken. Kopiera det som fördes in och för in det på nytt där det hör hemma, eller fråga kontoret.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="188"/>
        <source>Copy what was entered</source>
        <translation>Kopiera det som fördes in</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="292"/>
        <source>Combined value</source>
        <translation>Sammanslaget värde</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="293"/>
        <source>The value that stays:</source>
        <translation>Värdet som blir kvar:</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="311"/>
        <source>This field changed again meanwhile. The list now shows the newer value: choose again.</source>
        <translation>Fältet har ändrats igen under tiden. Listan visar nu det nyare värdet: välj igen.</translation>
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
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="56"/>
        <source>Review was due</source>
        <translation>Översynen skulle ha gjorts</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="57"/>
        <source>Review due</source>
        <translation>Översyn senast</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="58"/>
        <source>What is pending</source>
        <translation>Vad som väntar</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="59"/>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="90"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="93"/>
        <source>Reviews overdue</source>
        <translation>Försenade översyner</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="94"/>
        <source>Reviews due this week</source>
        <translation>Översyner denna vecka</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="95"/>
        <source>Assessments pending</source>
        <translation>Bedömningar som väntar</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="96"/>
        <source>Clients with missing data</source>
        <translation>Klienter med uppgifter som saknas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="97"/>
        <source>Unsynced changes</source>
        <translation>Osynkroniserade ändringar</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="98"/>
        <source>Conflicts to review</source>
        <translation>Konflikter att granska</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="108"/>
        <source>No reviews are overdue.</source>
        <translation>Inga översyner är försenade.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="109"/>
        <source>No reviews are due in the next seven days.</source>
        <translation>Inga översyner under de kommande sju dagarna.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="110"/>
        <source>No assessment is waiting to be made or finished.</source>
        <translation>Ingen bedömning väntar på att göras eller slutföras.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="111"/>
        <source>No client is missing data the rules need.</source>
        <translation>Ingen klient saknar uppgifter som reglerna behöver.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="146"/>
        <source>Draft assessment to finish</source>
        <translation>Utkast till bedömning ska slutföras</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="148"/>
        <source>Assessment must be made</source>
        <translation>Bedömning ska göras</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="156"/>
        <source>First permit date or labour market status</source>
        <translation>Datum för första tillståndet eller ställning på arbetsmarknaden</translation>
    </message>
</context>
<context>
    <name>EligibilityView</name>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="42"/>
        <source>An assessment must be made</source>
        <translation>En bedömning ska göras</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="43"/>
        <source>An assessment may be made if you judge it needed</source>
        <translation>En bedömning kan göras om du anser att den behövs</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="44"/>
        <source>Not eligible for an assessment</source>
        <translation>Ingen rätt till bedömning</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="45"/>
        <source>Cannot decide: data missing</source>
        <translation>Kan inte avgöras: uppgifter saknas</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="46"/>
        <source>No rules in force for this date</source>
        <translation>Inga regler gäller för detta datum</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="65"/>
        <source>What the law says</source>
        <translation>Vad lagen säger</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="68"/>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="73"/>
        <source>%2-year window ended on %1</source>
        <translation>Fristen på %2 år löpte ut %1</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="75"/>
        <source>%2-year window ends on %1</source>
        <translation>Fristen på %2 år löper ut %1</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="80"/>
        <source>Multidisciplinary assessment recommended</source>
        <translation>Sektorsövergripande bedömning rekommenderas</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="82"/>
        <source>Multidisciplinary assessment not indicated</source>
        <translation>Ingen grund för en sektorsövergripande bedömning</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="86"/>
        <source>Participants from the wellbeing services county (Liite 1)</source>
        <translation>Deltagare från välfärdsområdet (bilaga 1)</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="89"/>
        <source>Required:</source>
        <translation>Krävs:</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="90"/>
        <source>If needed:</source>
        <translation>Vid behov:</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="93"/>
        <source>Responsible party: %1</source>
        <translation>Ansvarig part: %1</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_panel.py" line="98"/>
        <source>Rules data version %1</source>
        <translation>Regeldatans version %1</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../ui/enroll_dialog.py" line="21"/>
        <source>Connect to the Polku server</source>
        <translation>Anslut till Polku-servern</translation>
    </message>
    <message>
        <location filename="../../ui/enroll_dialog.py" line="32"/>
        <source>IT sees this name in the list of devices connected to the server.</source>
        <translation>IT ser det här namnet i listan över enheter som är anslutna till servern.</translation>
    </message>
    <message>
        <location filename="../../ui/enroll_dialog.py" line="36"/>
        <source>Server address</source>
        <translation>Serverns adress</translation>
    </message>
    <message>
        <location filename="../../ui/enroll_dialog.py" line="37"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../ui/enroll_dialog.py" line="38"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../ui/enroll_dialog.py" line="39"/>
        <source>Name of this laptop</source>
        <translation>Den här datorns namn</translation>
    </message>
    <message>
        <location filename="../../ui/enroll_dialog.py" line="51"/>
        <source>Your password is used once, to register this laptop. It is not stored.</source>
        <translation>Lösenordet används en gång för att registrera den här datorn. Det sparas inte.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../../ui/field_labels.py" line="24"/>
        <source>Client details</source>
        <translation>Klientens uppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="25"/>
        <source>Language skills of the client</source>
        <translation>Klientens språkkunskaper</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="26"/>
        <location filename="../../ui/field_labels.py" line="198"/>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="27"/>
        <source>Assessment participant</source>
        <translation>Deltagare i bedömningen</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="28"/>
        <location filename="../../ui/field_labels.py" line="199"/>
        <source>Integration plan</source>
        <translation>Integrationsplan</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="29"/>
        <source>Goal of the plan</source>
        <translation>Planens mål</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="30"/>
        <source>Measure of the plan</source>
        <translation>Planens åtgärd</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="31"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="32"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="33"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="34"/>
        <source>Reason for a rule finding</source>
        <translation>Motivering för ett regelfynd</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="35"/>
        <source>Access log</source>
        <translation>Åtkomstlogg</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="41"/>
        <source>First names</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="42"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="43"/>
        <source>Name in Latin letters</source>
        <translation>Namn med latinska bokstäver</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="44"/>
        <source>Name for searching</source>
        <translation>Namn för sökning</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="45"/>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="46"/>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="47"/>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="48"/>
        <source>Home municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="49"/>
        <source>Counsellor</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="50"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="51"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="52"/>
        <source>Preferred language</source>
        <translation>Kontaktspråk</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="53"/>
        <source>Needs an interpreter</source>
        <translation>Behöver tolk</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="54"/>
        <location filename="../../ui/field_labels.py" line="174"/>
        <source>Interpreter language</source>
        <translation>Tolkningsspråk</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="55"/>
        <location filename="../../ui/field_labels.py" line="96"/>
        <source>Literacy</source>
        <translation>Läs- och skrivkunnighet</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="56"/>
        <source>Residence permit type</source>
        <translation>Typ av uppehållstillstånd</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="57"/>
        <source>Basis of residence</source>
        <translation>Grund för vistelse</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="58"/>
        <source>Permit through the asylum process</source>
        <translation>Uppehållstillstånd via asylprocessen</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="59"/>
        <source>First permit, card or registration</source>
        <translation>Första tillstånd, kort eller registrering</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="60"/>
        <source>Labour market status</source>
        <translation>Ställning på arbetsmarknaden</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="61"/>
        <source>Family situation</source>
        <translation>Familjesituation</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="62"/>
        <source>Notes on family</source>
        <translation>Anteckningar om familjen</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="63"/>
        <source>Receives child home care allowance</source>
        <translation>Får hemvårdsstöd</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="64"/>
        <source>Need for social assistance has become prolonged</source>
        <translation>Behovet av utkomststöd har blivit långvarigt</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="65"/>
        <source>Evident social or health service needs</source>
        <translation>Uppenbara behov av social- och hälsovårdstjänster</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="66"/>
        <source>Unaccompanied minor</source>
        <translation>Ensamkommande minderårig</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="67"/>
        <source>Victim of human trafficking</source>
        <translation>Offer för människohandel</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="68"/>
        <source>Referred by another authority</source>
        <translation>Hänvisad av en annan myndighet</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="69"/>
        <source>Referring authority</source>
        <translation>Hänvisande myndighet</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="70"/>
        <source>Asked for an assessment</source>
        <translation>Har bett om en bedömning</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="71"/>
        <source>Family member of a person granted protection</source>
        <translation>Familjemedlem till en person som fått skydd</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="72"/>
        <source>Needs coordinated municipal and county services</source>
        <translation>Behöver samordnade tjänster av kommunen och välfärdsområdet</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="78"/>
        <location filename="../../ui/field_labels.py" line="201"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="79"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="80"/>
        <source>Mother tongue</source>
        <translation>Modersmål</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="86"/>
        <source>Kind of assessment</source>
        <translation>Typ av bedömning</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="87"/>
        <source>Status of the assessment</source>
        <translation>Bedömningens status</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="88"/>
        <source>Date of the assessment</source>
        <translation>Bedömningens datum</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="89"/>
        <location filename="../../ui/field_labels.py" line="172"/>
        <location filename="../../ui/field_labels.py" line="205"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="90"/>
        <source>Goals and wishes</source>
        <translation>Mål och önskemål</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="91"/>
        <source>Previous education</source>
        <translation>Tidigare utbildning</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="92"/>
        <source>Work history</source>
        <translation>Arbetshistorik</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="93"/>
        <source>Language skills</source>
        <translation>Språkkunskaper</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="94"/>
        <source>Finnish level</source>
        <translation>Nivå i finska</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="95"/>
        <source>Swedish level</source>
        <translation>Nivå i svenska</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="97"/>
        <source>Learning and study skills</source>
        <translation>Inlärnings- och studiefärdigheter</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="98"/>
        <source>Working-life skills</source>
        <translation>Färdigheter för arbetslivet</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="99"/>
        <source>Work and functional capacity</source>
        <translation>Arbets- och funktionsförmåga</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="100"/>
        <source>Life situation and family</source>
        <translation>Livssituation och familj</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="101"/>
        <source>Other factors</source>
        <translation>Andra faktorer</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="102"/>
        <source>Need for education</source>
        <translation>Utbildningsbehov</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="103"/>
        <source>Need for other integration services</source>
        <translation>Behov av andra integrationsfrämjande tjänster</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="104"/>
        <source>Participation in NGO and community activities</source>
        <translation>Deltagande i organisations- och samfundsverksamhet</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="105"/>
        <source>Integration plan needed</source>
        <translation>Integrationsplan behövs</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="106"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="107"/>
        <source>Notes on the outcome</source>
        <translation>Anteckningar om resultatet</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="108"/>
        <location filename="../../ui/field_labels.py" line="136"/>
        <source>Reasons for going ahead despite a rule finding</source>
        <translation>Motiveringar till avvikelser från reglerna</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="109"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="115"/>
        <source>Participant name</source>
        <translation>Deltagarens namn</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="116"/>
        <source>Participant organisation</source>
        <translation>Deltagarens organisation</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="117"/>
        <source>Role in own words</source>
        <translation>Roll med egna ord</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="118"/>
        <source>Participant role</source>
        <translation>Deltagarens roll</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="124"/>
        <source>Previous version</source>
        <translation>Föregående version</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="125"/>
        <source>Version number</source>
        <translation>Versionsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="126"/>
        <source>Kind of plan</source>
        <translation>Typ av plan</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="127"/>
        <source>State of the plan</source>
        <translation>Planens status</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="128"/>
        <location filename="../../ui/field_labels.py" line="154"/>
        <source>Responsible party</source>
        <translation>Ansvarig part</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="129"/>
        <source>Period starts</source>
        <translation>Perioden börjar</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="130"/>
        <source>Period ends</source>
        <translation>Perioden slutar</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="131"/>
        <source>Next review</source>
        <translation>Nästa översyn</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="132"/>
        <source>Agreed on</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="133"/>
        <source>Signed on</source>
        <translation>Undertecknad</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="134"/>
        <source>Closed on</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="135"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="137"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="143"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="144"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="145"/>
        <location filename="../../ui/field_labels.py" line="161"/>
        <source>Order</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="151"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="152"/>
        <source>Provider</source>
        <translation>Tjänsteproducent</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="153"/>
        <source>Other provider</source>
        <translation>Annan tjänsteproducent</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="155"/>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="156"/>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="157"/>
        <source>Status of the measure</source>
        <translation>Åtgärdens status</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="158"/>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="159"/>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="160"/>
        <source>Language of the service</source>
        <translation>Tjänstens språk</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="167"/>
        <source>Time of the meeting</source>
        <translation>Mötets tid</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="168"/>
        <source>Duration (minutes)</source>
        <translation>Längd (minuter)</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="169"/>
        <source>How the meeting is held</source>
        <translation>Hur mötet hålls</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="170"/>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="171"/>
        <source>Status of the meeting</source>
        <translation>Mötets status</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="173"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="175"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="181"/>
        <source>Written at</source>
        <translation>Skriven</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="182"/>
        <source>Author</source>
        <translation>Skribent</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="183"/>
        <source>Text of the note</source>
        <translation>Anteckningens text</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="190"/>
        <source>Identifier</source>
        <translation>Identifierare</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="191"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="192"/>
        <source>Order number on the server</source>
        <translation>Ordningsnummer på servern</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="193"/>
        <source>Removed</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="194"/>
        <source>Changed by</source>
        <translation>Ändrad av</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="195"/>
        <source>Changed on the device</source>
        <translation>Ändrad på enheten</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="196"/>
        <source>Changed at</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="197"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="200"/>
        <source>Language of the document</source>
        <translation>Dokumentets språk</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="202"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="203"/>
        <source>Start of the period</source>
        <translation>Periodens början</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="204"/>
        <source>End of the period</source>
        <translation>Periodens slut</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="206"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
</context>
<context>
    <name>FieldVisitView</name>
    <message>
        <location filename="../../ui/field_visit.py" line="50"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="51"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="52"/>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="53"/>
        <source>To do at the meeting</source>
        <translation>Att göra på mötet</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="82"/>
        <source>Field visit</source>
        <translation>Fältbesök</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="84"/>
        <source>The clients booked in one municipality on one day, and what each meeting needs.</source>
        <translation>Mötena i en kommun under en dag och vad varje möte kräver.</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="86"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="87"/>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="88"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="89"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="90"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="97"/>
        <source>Assessment due</source>
        <translation>Bedömning ska göras</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="98"/>
        <source>Finish the draft assessment</source>
        <translation>Slutför utkastet till bedömning</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="99"/>
        <source>Draft the integration plan</source>
        <translation>Utarbeta integrationsplanen</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="100"/>
        <source>Plan review due</source>
        <translation>Översyn av planen</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="101"/>
        <source>Plan to sign</source>
        <translation>Planen ska undertecknas</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="102"/>
        <source>Ask for missing data</source>
        <translation>Fråga efter uppgifter som saknas</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="129"/>
        <source>Nothing pending</source>
        <translation>Inget väntar</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="133"/>
        <source>%1 meetings</source>
        <translation>%1 möten</translation>
    </message>
    <message>
        <location filename="../../ui/field_visit.py" line="138"/>
        <source>No meetings are booked in %1 on %2. Choose another day or municipality above; meetings are booked on the Meetings and notes tab of a client&apos;s record.</source>
        <translation>Inga bokade möten: %1, %2. Välj en annan dag eller kommun ovan; möten bokas på fliken Möten och anteckningar i klientens uppgifter.</translation>
    </message>
</context>
<context>
    <name>FindingsBox</name>
    <message>
        <location filename="../../ui/assessment_findings.py" line="54"/>
        <source>Rule findings</source>
        <translation>Avvikelser från reglerna</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_findings.py" line="56"/>
        <source>Before the assessment can be completed, fix each finding or record why you go ahead.</source>
        <translation>Innan bedömningen kan markeras som klar: åtgärda varje avvikelse eller anteckna varför du går vidare ändå.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_findings.py" line="66"/>
        <source>reason recorded</source>
        <translation>motivering antecknad</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_findings.py" line="66"/>
        <source>needs a reason</source>
        <translation>motivering saknas</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_findings.py" line="95"/>
        <source>Reason for going ahead</source>
        <translation>Motivering för att gå vidare</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_findings.py" line="97"/>
        <source>Reason for going ahead: %1</source>
        <translation>Motivering för att gå vidare: %1</translation>
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
        <translation>Regelavvikelser: %1 av %2 utan motivering</translation>
    </message>
    <message>
        <location filename="../../ui/plan_findings.py" line="138"/>
        <source>Rule findings: each has a recorded reason</source>
        <translation>Regelavvikelser: var och en har en registrerad motivering</translation>
    </message>
    <message>
        <location filename="../../ui/plan_findings.py" line="141"/>
        <source>The plan can be drafted and saved as it is. Before it is agreed or signed, record for each finding why you go ahead; the reasons are printed on the office copy only.</source>
        <translation>Planen kan utarbetas och sparas som den är. Innan den avtalas eller undertecknas, registrera för varje avvikelse varför du ändå går vidare; motiveringarna skrivs ut endast på det interna exemplaret.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_findings.py" line="147"/>
        <source>Reason for going ahead</source>
        <translation>Motivering för att gå vidare</translation>
    </message>
    <message>
        <location filename="../../ui/plan_findings.py" line="148"/>
        <location filename="../../ui/plan_findings.py" line="219"/>
        <source>Reason: %1</source>
        <translation>Motivering: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_findings.py" line="149"/>
        <source>Save reason</source>
        <translation>Spara motivering</translation>
    </message>
    <message>
        <location filename="../../ui/plan_findings.py" line="216"/>
        <source>No reason</source>
        <translation>Ingen motivering</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <location filename="../../ui/first_run.py" line="82"/>
        <source>Welcome to Polku</source>
        <translation>Välkommen till Polku</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="86"/>
        <source>Your clients&apos; data is stored on this laptop encrypted with a passphrase only you know. Choose a long passphrase: a few words you can remember. If you forget it, your organisation&apos;s administrator can set a new one with the organisation&apos;s recovery key; nothing is lost.</source>
        <translation>Dina klienters uppgifter sparas på den här datorn krypterade med en lösenfras som bara du känner till. Välj en lång lösenfras: några ord som du kommer ihåg. Om du glömmer den kan organisationens administratör ställa in en ny med organisationens återställningsnyckel; ingenting går förlorat.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="93"/>
        <source>Your clients&apos; data is stored on this laptop encrypted with a passphrase only you know. Choose a long passphrase: a few words you can remember. If you forget it, the data cannot be opened.</source>
        <translation>Dina klienters uppgifter sparas krypterade på den här datorn med en lösenfras som bara du känner till. Välj en lång lösenfras: några ord du kommer ihåg. Om du glömmer den kan uppgifterna inte öppnas.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="99"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="100"/>
        <source>Your &amp;user name</source>
        <translation>Ditt &amp;användarnamn</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="101"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="102"/>
        <source>&amp;Confirm passphrase</source>
        <translation>&amp;Bekräfta lösenfrasen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="103"/>
        <source>&amp;Server address (optional)</source>
        <translation>&amp;Serverns adress (valfri)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="112"/>
        <source>Create my profile</source>
        <translation>Skapa min profil</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="117"/>
        <source>Too short: at least 10 characters</source>
        <translation>För kort: minst 10 tecken</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="118"/>
        <source>Weak: add words or characters</source>
        <translation>Svag: lägg till ord eller tecken</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="119"/>
        <source>Fair</source>
        <translation>Godtagbar</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="120"/>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="121"/>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="140"/>
        <source>The passphrases do not match.</source>
        <translation>Lösenfraserna stämmer inte överens.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="73"/>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="73"/>
        <source>Edit goal</source>
        <translation>Redigera målet</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="74"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="74"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <location filename="../../ui/plan_models.py" line="118"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="118"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../ui/help.py" line="79"/>
        <source>Getting started</source>
        <translation>Kom i gång</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="80"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="81"/>
        <source>Caseload</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="82"/>
        <source>Field visit</source>
        <translation>Fältbesök</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="83"/>
        <source>Client record</source>
        <translation>Klientens uppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="84"/>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="85"/>
        <source>Integration plan</source>
        <translation>Integrationsplan</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="86"/>
        <source>Meetings and notes</source>
        <translation>Möten och anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="87"/>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="88"/>
        <source>Closed cases</source>
        <translation>Avslutade ärenden</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="89"/>
        <source>Recently deleted</source>
        <translation>Nyligen borttagna</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="90"/>
        <source>Printing</source>
        <translation>Utskrift</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="91"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help.py" line="164"/>
        <source>Polku help</source>
        <translation>Hjälp för Polku</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="165"/>
        <source>Help topics</source>
        <translation>Hjälpavsnitt</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="166"/>
        <source>Help text</source>
        <translation>Hjälptext</translation>
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
        <translation>Servern kräver en nyare version av Polku. Dina ändringar finns kvar på den här datorn och skickas när IT har installerat uppdateringen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>The server no longer accepts this laptop&apos;s sign-in. Connect again with your user name and password; nothing on this laptop was lost.</source>
        <translation>Servern godkänner inte längre den här datorns inloggning. Anslut igen med ditt användarnamn och lösenord; inget på datorn gick förlorat.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Changes not yet sent: %1. Access-log entries not yet sent: %2. Conflicts: %3.</source>
        <translation>Ändringar som inte skickats: %1. Loggposter som inte skickats: %2. Konflikter: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>The administrator has removed this laptop from Polku. The client data on it will now be deleted.</source>
        <translation>Administratören har tagit bort den här datorn från Polku. Klientuppgifterna på den raderas nu.</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="152"/>
        <location filename="../../ui/plan_dialogs.py" line="164"/>
        <source>Other (type the name)</source>
        <translation>Annan (skriv namnet)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="162"/>
        <source>New measure</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="162"/>
        <source>Edit measure</source>
        <translation>Redigera åtgärden</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="163"/>
        <source>The plan is signed: only the status of the measure can change.</source>
        <translation>Planen är undertecknad: bara åtgärdens status kan ändras.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="167"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="168"/>
        <source>Provider</source>
        <translation>Tjänsteproducent</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="169"/>
        <source>Other provider</source>
        <translation>Annan tjänsteproducent</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="170"/>
        <source>Responsible party</source>
        <translation>Ansvarig part</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="171"/>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="172"/>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="173"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="174"/>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="175"/>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="176"/>
        <source>Language of the service</source>
        <translation>Tjänstens språk</translation>
    </message>
</context>
<context>
    <name>MeasuresModel</name>
    <message>
        <location filename="../../ui/plan_models.py" line="141"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="142"/>
        <source>Provider</source>
        <translation>Tjänsteproducent</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="143"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="144"/>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="145"/>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="146"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="152"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="153"/>
        <source>Employment authority</source>
        <translation>Arbetskraftsmyndigheten</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="154"/>
        <source>Wellbeing county</source>
        <translation>Välfärdsområdet</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="155"/>
        <source>Other</source>
        <translation>Annan</translation>
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
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="153"/>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="154"/>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="155"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="156"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="157"/>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="208"/>
        <location filename="../../ui/meetings_tab.py" line="216"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="209"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="210"/>
        <source>Book a meeting…</source>
        <translation>Boka ett möte…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="211"/>
        <source>Record as held</source>
        <translation>Markera som hållet</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="212"/>
        <source>Cancel meeting</source>
        <translation>Ställ in mötet</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="213"/>
        <source>Add note</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="214"/>
        <source>New note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="215"/>
        <source>Notes are kept as written: they cannot be edited later.</source>
        <translation>Anteckningar sparas som de skrivs: de kan inte ändras i efterhand.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="218"/>
        <source>Time, place, how the meeting is held and whether an interpreter is needed</source>
        <translation>Tid, plats, hur mötet hålls och om tolk behövs</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="220"/>
        <source>Mark the selected meeting as held</source>
        <translation>Markera det valda mötet som hållet</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="221"/>
        <source>Mark the selected meeting as cancelled; it stays in the list</source>
        <translation>Markera det valda mötet som inställt; det finns kvar i listan</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="223"/>
        <source>Add the note with the time and your user name; notes cannot be changed later</source>
        <translation>Lägg till anteckningen med tidpunkt och ditt användarnamn; anteckningar kan inte ändras i efterhand</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="226"/>
        <source>No meetings booked for this client yet. Book the first one with “Book a meeting…”.</source>
        <translation>Inga möten är ännu bokade för klienten. Boka det första med ”Boka ett möte…”.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_tab.py" line="280"/>
        <source>No notes yet.</source>
        <translation>Inga anteckningar ännu.</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../ui/new_client.py" line="22"/>
        <source>New client</source>
        <translation>Ny klient</translation>
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
        <translation>inget datum</translation>
    </message>
    <message>
        <location filename="../../ui/plan_new_dialog.py" line="90"/>
        <source>None: the plan rests on no assessment</source>
        <translation>Ingen: planen bygger inte på någon bedömning</translation>
    </message>
    <message>
        <location filename="../../ui/plan_new_dialog.py" line="112"/>
        <source>The client&apos;s labour market status is not recorded, so the responsible party cannot be derived from Liite 1. Record it on the client&apos;s details; until then the plan asks for a reason.</source>
        <translation>Klientens ställning på arbetsmarknaden är inte registrerad, så den ansvariga kan inte härledas ur bilaga 1. Registrera den i klientens uppgifter; till dess ber planen om en motivering.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_new_dialog.py" line="119"/>
        <source>Under Liite 1 this client&apos;s plan is made by: %1. Another party can be chosen; the plan then needs a recorded reason before it is agreed.</source>
        <translation>Enligt bilaga 1 görs den här klientens plan av: %1. En annan part kan väljas; planen behöver då en registrerad motivering innan den avtalas.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_new_dialog.py" line="131"/>
        <source>New integration plan</source>
        <translation>Ny integrationsplan</translation>
    </message>
    <message>
        <location filename="../../ui/plan_new_dialog.py" line="132"/>
        <source>Make the plan</source>
        <translation>Skapa planen</translation>
    </message>
    <message>
        <location filename="../../ui/plan_new_dialog.py" line="135"/>
        <source>Rests on the assessment</source>
        <translation>Bygger på bedömningen</translation>
    </message>
    <message>
        <location filename="../../ui/plan_new_dialog.py" line="136"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/plan_new_dialog.py" line="137"/>
        <source>Responsible party</source>
        <translation>Ansvarig part</translation>
    </message>
    <message>
        <location filename="../../ui/plan_new_dialog.py" line="138"/>
        <source>Period starts</source>
        <translation>Perioden börjar</translation>
    </message>
    <message>
        <location filename="../../ui/plan_new_dialog.py" line="139"/>
        <source>Period ends</source>
        <translation>Perioden slutar</translation>
    </message>
</context>
<context>
    <name>ParticipantsBox</name>
    <message>
        <location filename="../../ui/assessment_participants.py" line="89"/>
        <source>Participants (multidisciplinary assessment, §15)</source>
        <translation>Deltagare (sektorsövergripande bedömning, 15 §)</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="91"/>
        <location filename="../../ui/assessment_participants.py" line="238"/>
        <source>Participant name</source>
        <translation>Deltagarens namn</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="92"/>
        <location filename="../../ui/assessment_participants.py" line="239"/>
        <source>Participant organisation</source>
        <translation>Deltagarens organisation</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="93"/>
        <source>Participant role</source>
        <translation>Deltagarens roll</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="94"/>
        <location filename="../../ui/assessment_participants.py" line="240"/>
        <source>Role in own words</source>
        <translation>Roll med egna ord</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="97"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="98"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="99"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="100"/>
        <source>Other role</source>
        <translation>Annan roll</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="110"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="111"/>
        <source>Add participant</source>
        <translation>Lägg till deltagare</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="112"/>
        <source>Remove selected participant</source>
        <translation>Ta bort vald deltagare</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="146"/>
        <source>Participants from the wellbeing services county (Liite 1)</source>
        <translation>Deltagare från välfärdsområdet (bilaga 1)</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="147"/>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="147"/>
        <source>taking part</source>
        <translation>deltar</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="148"/>
        <source>Required:</source>
        <translation>Krävs:</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="148"/>
        <source>If needed:</source>
        <translation>Vid behov:</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_participants.py" line="186"/>
        <source>Other (write the role)</source>
        <translation>Annan (skriv rollen)</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../ui/plan_editor.py" line="178"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="179"/>
        <source>Plan version</source>
        <translation>Planens version</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="181"/>
        <source>New plan…</source>
        <translation>Ny plan…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="182"/>
        <source>Mark as agreed</source>
        <translation>Markera överenskommen</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="183"/>
        <source>Mark as signed</source>
        <translation>Markera undertecknad</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="184"/>
        <source>Close plan</source>
        <translation>Avsluta planen</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="185"/>
        <source>New version (review)…</source>
        <translation>Ny version (översyn)…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="186"/>
        <source>Add goal…</source>
        <translation>Lägg till mål…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="187"/>
        <location filename="../../ui/plan_editor.py" line="296"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="188"/>
        <location filename="../../ui/plan_editor.py" line="190"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="189"/>
        <source>Add measure…</source>
        <translation>Lägg till åtgärd…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="193"/>
        <source>Edit goal</source>
        <translation>Redigera målet</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="194"/>
        <source>Remove goal</source>
        <translation>Ta bort målet</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="195"/>
        <source>Remove measure</source>
        <translation>Ta bort åtgärden</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="196"/>
        <location filename="../../ui/plan_editor.py" line="198"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="197"/>
        <location filename="../../ui/plan_editor.py" line="199"/>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="200"/>
        <source>What changed</source>
        <translation>Vad som ändrades</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="201"/>
        <source>No integration plan yet. Make one with “New plan…”.</source>
        <translation>Ingen integrationsplan ännu. Skapa en med ”Ny plan…”.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="210"/>
        <source>Version %1 · %2 · %3</source>
        <translation>Version %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="270"/>
        <source>What changed since version %1</source>
        <translation>Vad som ändrats sedan version %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="296"/>
        <source>Change status…</source>
        <translation>Ändra status…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="298"/>
        <source>Change the status of the measure</source>
        <translation>Ändra åtgärdens status</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="298"/>
        <source>Edit measure</source>
        <translation>Redigera åtgärden</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="332"/>
        <source>The plan cannot be signed yet. Record a reason for each of these rule findings:</source>
        <translation>Planen kan inte undertecknas ännu. Registrera en motivering för var och en av dessa regelavvikelser:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="334"/>
        <source>The plan cannot be agreed yet. Record a reason for each of these rule findings:</source>
        <translation>Planen kan inte avtalas ännu. Registrera en motivering för var och en av dessa regelavvikelser:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="339"/>
        <source>Integration plan</source>
        <translation>Integrationsplan</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="351"/>
        <source>Mark version %1 as signed? After that it is changed only by a new version.</source>
        <translation>Markera version %1 som undertecknad? Därefter ändras den bara genom en ny version.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="356"/>
        <source>Close version %1? A closed plan cannot be opened again.</source>
        <translation>Avsluta version %1? En avslutad plan kan inte öppnas igen.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="386"/>
        <source>Remove the goal “%1”?</source>
        <translation>Ta bort målet ”%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="390"/>
        <source>Remove the measure “%1”?</source>
        <translation>Ta bort åtgärden ”%1”?</translation>
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <location filename="../../ui/plan_header.py" line="55"/>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <location filename="../../ui/plan_header.py" line="62"/>
        <source>%1 — overdue</source>
        <translation>%1 — försenad</translation>
    </message>
    <message>
        <location filename="../../ui/plan_header.py" line="70"/>
        <source>Closed on %1: no more reviews</source>
        <translation>Avslutad %1: inga fler översyner</translation>
    </message>
    <message>
        <location filename="../../ui/plan_header.py" line="72"/>
        <source>Next review: no date (the review rules are not in force on the start date)</source>
        <translation>Nästa översyn: inget datum (reglerna för översyn gäller inte på startdagen)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_header.py" line="75"/>
        <source>Next review: %1</source>
        <translation>Nästa översyn: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_header.py" line="77"/>
        <source>Next review: %1 (every %2 months, by the employment authority)</source>
        <translation>Nästa översyn: %1 (var %2:e månad, arbetskraftsmyndigheten)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_header.py" line="79"/>
        <source>Next review: %1 (every %2 months, by the municipality)</source>
        <translation>Nästa översyn: %1 (var %2:e månad, kommunen)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_header.py" line="85"/>
        <source>Period %1–%2</source>
        <translation>Period %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/plan_header.py" line="89"/>
        <source>Responsible: %1</source>
        <translation>Ansvarig: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_header.py" line="91"/>
        <source>Agreed %1</source>
        <translation>Överenskommen %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_header.py" line="91"/>
        <source>Signed %1</source>
        <translation>Undertecknad %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_header.py" line="99"/>
        <source>Signed plans are not edited: make a new version at the review. The status of a measure can still be updated.</source>
        <translation>En undertecknad plan ändras inte: gör en ny version vid översynen. En åtgärds status kan ändå uppdateras.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_header.py" line="103"/>
        <source>Closed plans are not edited: they stay as they were.</source>
        <translation>Avslutade planer ändras inte: de förblir som de var.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/print_dialog.py" line="44"/>
        <source>Print or save a document</source>
        <translation>Skriv ut eller spara ett dokument</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="49"/>
        <source>Integration plan (newest version)</source>
        <translation>Integrationsplan (den senaste versionen)</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="50"/>
        <source>Integration plan, office copy with the rule findings (not for the client)</source>
        <translation>Integrationsplan, internt exemplar med regelavvikelserna (inte för klienten)</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="51"/>
        <source>Assessment summary (newest)</source>
        <translation>Sammanfattning av bedömningen (den senaste)</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="52"/>
        <source>Client data extract (right of access)</source>
        <translation>Utdrag ur klientens uppgifter (rätt till insyn)</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="65"/>
        <source>%1 only</source>
        <translation>%1 (inget annat språk)</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="68"/>
        <location filename="../../ui/print_dialog.py" line="71"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="69"/>
        <location filename="../../ui/print_dialog.py" line="72"/>
        <source>Second language</source>
        <translation>Andra språket</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="76"/>
        <source>Every print and save is recorded in the client&apos;s access log.</source>
        <translation>Varje utskrift och sparning registreras i klientens logg.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="79"/>
        <source>Open in PDF viewer</source>
        <translation>Öppna i PDF-visaren</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="80"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="82"/>
        <source>Save PDF…</source>
        <translation>Spara PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="82"/>
        <source>Save JSON…</source>
        <translation>Spara JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="107"/>
        <source>The document will print in Finnish only.</source>
        <translation>Dokumentet skrivs ut endast på finska.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="109"/>
        <source>The document will print in Finnish and %1.</source>
        <translation>Dokumentet skrivs ut på finska och %1.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="115"/>
        <source>No translation for %1: the document will print in Finnish and %2.</source>
        <translation>Ingen översättning till %1: dokumentet skrivs ut på finska och %2.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="121"/>
        <source>No language is recorded for the client: the document will print in Finnish and %1.</source>
        <translation>Inget språk har registrerats för klienten: dokumentet skrivs ut på finska och %1.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="124"/>
        <source>The client&apos;s own language is %1.</source>
        <translation>Klientens eget språk är %1.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="159"/>
        <source>Done.</source>
        <translation>Klart.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="169"/>
        <source>Sending the document to the printer…</source>
        <translation>Dokumentet skickas till skrivaren…</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="176"/>
        <source>Sent to the printer.</source>
        <translation>Skickat till skrivaren.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="180"/>
        <source>Save as</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="192"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="148"/>
        <location filename="../../ui/print_dialog.py" line="163"/>
        <location filename="../../ui/print_dialog.py" line="185"/>
        <source>Making the document…</source>
        <translation>Dokumentet skapas…</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <location filename="../../ui/print_queue.py" line="45"/>
        <source>Print plans</source>
        <translation>Skriv ut planer</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="47"/>
        <source>Only plans waiting for signatures (agreed)</source>
        <translation>Bara planer som väntar på underskrift (överenskomna)</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="52"/>
        <source>Plans to print</source>
        <translation>Planer att skriva ut</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="57"/>
        <source>Send to printer</source>
        <translation>Skicka till skrivaren</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="58"/>
        <source>Save into a folder…</source>
        <translation>Spara i en mapp…</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="68"/>
        <source>Each plan prints in Finnish and the client&apos;s own language, or in Finnish and English when there is no translation in it. Each row says which.</source>
        <translation>Varje plan skrivs ut på finska och klientens eget språk, eller på finska och engelska när det inte finns någon översättning till det. Varje rad visar vilka.</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="99"/>
        <source>Finnish only</source>
        <translation>endast finska</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="100"/>
        <source>Finnish and %1</source>
        <translation>finska och %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="103"/>
        <source>%1 (no translation for %2)</source>
        <translation>%1 (ingen översättning till %2)</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="108"/>
        <source>%1 (no language recorded)</source>
        <translation>%1 (inget språk registrerat)</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="126"/>
        <source>%1 plans</source>
        <translation>%1 planer</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="128"/>
        <source>%1 in English instead of the client&apos;s own language</source>
        <translation>%1 på engelska i stället för klientens eget språk</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="133"/>
        <source>No plan is waiting for signatures. A plan appears here once it is marked agreed.</source>
        <translation>Ingen plan väntar på underskrift. En plan visas här när den har markerats som överenskommen.</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="135"/>
        <source>No agreed or signed plans to print.</source>
        <translation>Inga överenskomna eller undertecknade planer att skriva ut.</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="147"/>
        <source>Save the plans into</source>
        <translation>Spara planerna i</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="156"/>
        <source>Making the plans…</source>
        <translation>Planerna skapas…</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="156"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="166"/>
        <location filename="../../ui/print_queue.py" line="191"/>
        <source>%1 of %2 plans done</source>
        <translation>%1 av %2 planer klara</translation>
    </message>
</context>
<context>
    <name>RecentlyDeletedView</name>
    <message>
        <location filename="../../ui/trash.py" line="48"/>
        <location filename="../../ui/trash.py" line="108"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="49"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="50"/>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="51"/>
        <source>Deleted by</source>
        <translation>Borttagen av</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="52"/>
        <source>Days left</source>
        <translation>Dagar kvar</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="83"/>
        <location filename="../../ui/trash.py" line="93"/>
        <source>Recently deleted</source>
        <translation>Nyligen borttagna</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="86"/>
        <source>Deleted clients, plans and meetings can be restored for 30 days. A restored client comes back with its plans, meetings and notes. After 30 days the record is no longer offered here; it stays stored as deleted.</source>
        <translation>Borttagna klienter, planer och möten kan återställas i 30 dagar. En återställd klient kommer tillbaka med sina planer, möten och anteckningar. Efter 30 dagar visas posten inte längre här; den förblir sparad som borttagen.</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="91"/>
        <source>Nothing deleted in the last 30 days.</source>
        <translation>Inget har tagits bort under de senaste 30 dagarna.</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="92"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="111"/>
        <source>Integration plan from %1</source>
        <translation>Integrationsplan från %1</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="113"/>
        <source>Meeting %1</source>
        <translation>Möte %1</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="151"/>
        <source>%1 is back in the caseload.</source>
        <translation>%1 är tillbaka bland klienterna.</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="153"/>
        <source>Restored to %1&apos;s record.</source>
        <translation>Återställd i uppgifterna för %1.</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="159"/>
        <source>Deleted more than 30 days ago: it can no longer be restored.</source>
        <translation>Borttagen för mer än 30 dagar sedan: den kan inte längre återställas.</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="161"/>
        <source>The client of this record is deleted: restore the client first.</source>
        <translation>Klienten för den här posten är borttagen: återställ klienten först.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/report_dialog.py" line="65"/>
        <source>Annual report</source>
        <translation>Årsrapport</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="69"/>
        <source>All municipalities (welfare group)</source>
        <translation>Alla kommuner (välfärdsgruppen)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="78"/>
        <source>PDF (tables and charts)</source>
        <translation>PDF (tabeller och diagram)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="79"/>
        <source>CSV (for a spreadsheet)</source>
        <translation>CSV (för ett kalkylprogram)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="82"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="83"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="84"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="85"/>
        <source>Language of the report</source>
        <translation>Rapportens språk</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="86"/>
        <source>File type</source>
        <translation>Filtyp</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="92"/>
        <source>Figures only, no names. A partner municipality&apos;s report counts the clients whose home municipality it is, for the contract follow-up meeting. Making the report is recorded in the access log.</source>
        <translation>Endast siffror, inga namn. En avtalskommuns rapport räknar de klienter som har den som hemkommun, för avtalets uppföljningsmöte. Att rapporten görs antecknas i loggen.</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="101"/>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="105"/>
        <source>Make and save…</source>
        <translation>Gör och spara…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="107"/>
        <source>Open the file</source>
        <translation>Öppna filen</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="109"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="135"/>
        <source>Save the report as</source>
        <translation>Spara rapporten som</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="144"/>
        <source>The end of the period is before its start.</source>
        <translation>Periodens slut är före dess början.</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="150"/>
        <source>Counting the figures…</source>
        <translation>Siffrorna räknas…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="153"/>
        <source>Making the document…</source>
        <translation>Dokumentet görs…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="159"/>
        <source>Saving…</source>
        <translation>Sparas…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="176"/>
        <source>Saved: %1</source>
        <translation>Sparad: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="181"/>
        <source>No program is installed for this file type.</source>
        <translation>Inget program för den här filtypen är installerat.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="42"/>
        <source>New version at a review</source>
        <translation>Ny version vid en översyn</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="43"/>
        <source>Make the new version</source>
        <translation>Skapa den nya versionen</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="46"/>
        <source>Version %1 will be closed on the review date, and a new draft version starts then with the same goals and measures.</source>
        <translation>Version %1 avslutas på översynsdagen, och då börjar en ny utkastversion med samma mål och åtgärder.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="50"/>
        <source>Review date</source>
        <translation>Översynsdatum</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="124"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="127"/>
        <source>Changes take effect at once and are kept on this laptop for the next time you start Polku. Settings your organisation&apos;s IT has fixed are shown but cannot be changed.</source>
        <translation>Ändringarna gäller genast och sparas på den här datorn till nästa gång du startar Polku. Inställningar som organisationens IT har fastställt visas men kan inte ändras.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="131"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="131"/>
        <source>&amp;Lock Polku after</source>
        <translation>&amp;Lås Polku efter</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="131"/>
        <source>Sync &amp;server address</source>
        <translation>Synkroniserings&amp;serverns adress</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="137"/>
        <source> minutes without use</source>
        <translation> minuter utan användning</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="139"/>
        <source>Polku locks itself when nobody has used it this long; unlock with your passphrase.</source>
        <translation>Polku låser sig själv när ingen har använt den så här länge; lås upp med din lösenfras.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="147"/>
        <source>Set by your organisation&apos;s IT</source>
        <translation>Fastställd av organisationens IT</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="149"/>
        <source>Save address</source>
        <translation>Spara adressen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="150"/>
        <source>About Polku and licences…</source>
        <translation>Om Polku och licenser…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="157"/>
        <source>Polku uses this address when you connect this laptop to the server with “Connect to the server…” at the bottom of the window.</source>
        <translation>Polku använder den här adressen när du ansluter datorn till servern med ”Anslut till servern…” längst ner i fönstret.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="162"/>
        <source>This laptop is connected to %1; a new address counts when you connect again.</source>
        <translation>Den här datorn är ansluten till %1; en ny adress gäller när du ansluter på nytt.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="182"/>
        <source>The setting could not be saved on this laptop: %1</source>
        <translation>Inställningen kunde inte sparas på den här datorn: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="191"/>
        <source>Language changed.</source>
        <translation>Språket har bytts.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="196"/>
        <source>Polku now locks after %1 minutes without use.</source>
        <translation>Polku låser sig nu efter %1 minuter utan användning.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="210"/>
        <source>The server address cannot contain spaces.</source>
        <translation>Serverns adress kan inte innehålla mellanslag.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="219"/>
        <source>Server address saved.</source>
        <translation>Serverns adress har sparats.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="219"/>
        <source>Server address removed.</source>
        <translation>Serverns adress har tagits bort.</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../../ui/sync_bar.py" line="74"/>
        <source>Sync now</source>
        <translation>Synkronisera nu</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="75"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="76"/>
        <source>Connect to the server…</source>
        <translation>Anslut till servern…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="77"/>
        <source>Sync progress</source>
        <translation>Synkroniseringens förlopp</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="107"/>
        <source>Not connected to a server: working offline</source>
        <translation>Ingen anslutning till servern: arbetar lokalt</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="109"/>
        <source>Not synced yet</source>
        <translation>Inte synkroniserad ännu</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="112"/>
        <source>Last synced %1</source>
        <translation>Senast synkroniserad %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="114"/>
        <source>Unsynced changes: %1</source>
        <translation>Osynkroniserade ändringar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="116"/>
        <source>Conflicts to review: %1</source>
        <translation>Konflikter att granska: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="127"/>
        <source>Syncing…</source>
        <translation>Synkroniserar…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="146"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="155"/>
        <source>Sending</source>
        <translation>Skickar</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="155"/>
        <source>Receiving</source>
        <translation>Tar emot</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="173"/>
        <source>Sync cancelled; nothing was lost.</source>
        <translation>Synkroniseringen avbröts; inget gick förlorat.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="175"/>
        <source>No connection to the server: will try again.</source>
        <translation>Ingen anslutning till servern: försöker igen.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="190"/>
        <source>Sync failed; your changes are kept and will be sent later.</source>
        <translation>Synkroniseringen misslyckades; dina ändringar finns kvar och skickas senare.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../ui/timeline_tab.py" line="22"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="22"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="22"/>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="38"/>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="39"/>
        <source>Integration plan</source>
        <translation>Integrationsplan</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="40"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="41"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="45"/>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="49"/>
        <source>Nothing recorded for this client yet. Assessments, plans, meetings and notes appear here, newest first, as soon as they are made.</source>
        <translation>Ingenting har ännu förts in för klienten. Bedömningar, planer, möten och anteckningar visas här, den nyaste först, så snart de har gjorts.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="79"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../../ui/unlock.py" line="54"/>
        <source>Polku is locked</source>
        <translation>Polku är låst</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="55"/>
        <source>Enter your passphrase to open your caseload.</source>
        <translation>Skriv din lösenfras för att öppna dina klienter.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="56"/>
        <location filename="../../ui/unlock.py" line="57"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="58"/>
        <location filename="../../ui/unlock.py" line="59"/>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="60"/>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <location filename="../../ui/workspace_view.py" line="105"/>
        <source>Caseload</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="105"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="105"/>
        <source>Field visit</source>
        <translation>Fältbesök</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="102"/>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="104"/>
        <source>Conflicts (%1)</source>
        <translation>Konflikter (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="110"/>
        <source>Closed cases</source>
        <translation>Avslutade ärenden</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="111"/>
        <source>Recently deleted</source>
        <translation>Nyligen borttagna</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="112"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="113"/>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="114"/>
        <source>+ New client</source>
        <translation>+ Ny klient</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="115"/>
        <source>Add a client to your caseload (Ctrl+N)</source>
        <translation>Lägg till en klient bland dina klienter (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="116"/>
        <source>Print plans…</source>
        <translation>Skriv ut planer…</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="118"/>
        <source>Print many agreed or signed plans at once, each in Finnish and the client&apos;s language</source>
        <translation>Skriv ut många överenskomna eller undertecknade planer på en gång, var och en på finska och klientens språk</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="120"/>
        <source>Annual report…</source>
        <translation>Årsrapport…</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="121"/>
        <source>The yearly figures for the welfare group, as a PDF</source>
        <translation>Årets siffror för välfärdsgruppen som PDF</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="122"/>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="123"/>
        <source>A short guide to the page on screen (F1)</source>
        <translation>En kort guide till sidan som visas (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="124"/>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_view.py" line="125"/>
        <source>Polku&apos;s version, this laptop&apos;s device id, and the licences</source>
        <translation>Polkus version, den här datorns enhets-id och licenserna</translation>
    </message>
</context>
</TS>
