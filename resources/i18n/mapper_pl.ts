<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<!-- Neighbourhood Mapper. Messages whose translator comment says "machine-made" were translated by machine and not yet checked by a native speaker: correct them in Qt Linguist (see README.md, 'Translations') and delete that comment. -->
<context>
    <name>Aggregates</name>
    <message>
        <source>fewer than 10*</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>mniej niż 10*</translation>
    </message>
    <message>
        <source>* fewer than 10, or withheld so that a count under 10 cannot be worked out from the totals</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>* mniej niż 10 lub ukryte, aby z sum nie dało się wyliczyć liczby poniżej 10</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Neighbourhood Mapper project (*.gpkg)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Projekt Neighbourhood Mapper (*.gpkg)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Otwórz projekt</translation>
    </message>
</context>
<context>
    <name>AssetForm</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>What people call it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Jak ludzie to nazywają</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Find on map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Znajdź na mapie</translation>
    </message>
    <message>
        <source>Find postcode on map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Znajdź kod pocztowy na mapie</translation>
    </message>
    <message>
        <source>Place the asset at this postcode (works offline)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Umieść zasób pod tym kodem pocztowym (działa bez sieci)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>For example S1 2BJ</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Na przykład S1 2BJ</translation>
    </message>
    <message>
        <source>Location</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Położenie</translation>
    </message>
    <message>
        <source>No location</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Brak położenia</translation>
    </message>
    <message>
        <source>Clear location</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Usuń położenie</translation>
    </message>
    <message>
        <source>For online or area-wide assets: no point on the map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dla zasobów internetowych lub obejmujących cały obszar: bez punktu na mapie</translation>
    </message>
    <message>
        <source>Location:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Położenie:</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Okolica</translation>
    </message>
    <message>
        <source>Run by</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Prowadzi</translation>
    </message>
    <message>
        <source>Opening times</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Godziny otwarcia</translation>
    </message>
    <message>
        <source>For example Mondays 10-12</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Na przykład poniedziałki 10-12</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dostępność</translation>
    </message>
    <message>
        <source>Step-free? Hearing loop?</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Bez schodów? Pętla indukcyjna?</translation>
    </message>
    <message>
        <source>Cost</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Free, £1, donations…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Bezpłatnie, 1 £, datki…</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dla kogo</translation>
    </message>
    <message>
        <source>Everyone, older people, carers…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wszyscy, seniorzy, opiekunowie…</translation>
    </message>
    <message>
        <source>Principles</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasady</translation>
    </message>
    <message>
        <source>Checked today</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Sprawdzone dziś</translation>
    </message>
    <message>
        <source>Mark checked today</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Oznacz jako sprawdzone dziś</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Ostatnio sprawdzone</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>RRRR-MM-DD</translation>
    </message>
    <message>
        <source>Publish</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Publikacja</translation>
    </message>
    <message>
        <source>May appear on public maps</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Może pojawić się na mapach publicznych</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zdjęcia:</translation>
    </message>
    <message>
        <source>From the location</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Z położenia</translation>
    </message>
    <message>
        <source>Nobody recorded</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nikogo nie zapisano</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wybierz kategorię…</translation>
    </message>
    <message>
        <source>Choose a category for this kind (the kind is saved with it)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wybierz kategorię dla tego rodzaju (rodzaj zapisze się razem z nią)</translation>
    </message>
    <message>
        <source>%1 — in %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 — w: %2</translation>
    </message>
    <message>
        <source>an unknown neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nieznana okolica</translation>
    </message>
    <message>
        <source>No location (online or area-wide). Click the map or find a postcode to place it.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Brak położenia (w internecie lub na całym obszarze). Kliknij mapę lub znajdź kod pocztowy, aby je umieścić.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nie ustawiono</translation>
    </message>
    <message>
        <source>does not look like a UK postcode (for example S1 2BJ)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie wygląda na brytyjski kod pocztowy (np. S1 2BJ)</translation>
    </message>
    <message>
        <source>%1 is not in the offline postcode list; click the map to place the asset</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 nie ma na liście kodów pocztowych offline; kliknij mapę, aby umieścić zasób</translation>
    </message>
</context>
<context>
    <name>Banners</name>
    <message>
        <source>DEMO: the records here are made up, for trying the app. Nothing you type here reaches real maps. To record your neighbourhood: File → New project.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>DEMO: rekordy są tu zmyślone, do wypróbowania aplikacji. Nic, co tu wpiszesz, nie trafi na prawdziwe mapy. Aby zapisać swoją okolicę: Plik → Nowy projekt.</translation>
    </message>
    <message>
        <source>This is the demo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>To jest demo</translation>
    </message>
    <message>
        <source>Read-only: this file or its folder cannot be changed, so you can look but not edit. To work on it, copy the file into a folder of your own (for example Documents) and open the copy.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Tylko do odczytu: tego pliku lub jego folderu nie można zmienić, więc można oglądać, ale nie edytować. Aby nad nim pracować, skopiuj plik do własnego folderu (na przykład Dokumenty) i otwórz kopię.</translation>
    </message>
    <message>
        <source>This file is read-only</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Ten plik jest tylko do odczytu</translation>
    </message>
</context>
<context>
    <name>CareNeedsPanel</name>
    <message>
        <source>Passphrase</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <source>The passphrase again</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Hasło jeszcze raz</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Powtórz hasło</translation>
    </message>
    <message>
        <source>Set passphrase and protect care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Ustaw hasło i chroń potrzeby opiekuńcze</translation>
    </message>
    <message>
        <source>Care needs are locked. Enter the project passphrase to see them.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Potrzeby opiekuńcze są zablokowane. Wpisz hasło projektu, aby je zobaczyć.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <source>Care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Potrzeby opiekuńcze</translation>
    </message>
    <message>
        <source>New care need</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nowa potrzeba opiekuńcza</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zablokuj teraz</translation>
    </message>
    <message>
        <source>Needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Potrzeby</translation>
    </message>
    <message>
        <source>Is a carer</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Jest opiekunem</translation>
    </message>
    <message>
        <source>optional: longitude latitude, rounded (never an address)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>opcjonalnie: długość szerokość, zaokrąglone (nigdy adres)</translation>
    </message>
    <message>
        <source>Short notes. No names, no addresses.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Krótkie notatki. Bez nazwisk i adresów.</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Okolica</translation>
    </message>
    <message>
        <source>Age band</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Przedział wieku</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Pilność</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Approximate point</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Przybliżony punkt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Consent (required)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zgoda (wymagana)</translation>
    </message>
    <message>
        <source>The person agreed to this being recorded</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Osoba zgodziła się na zapisanie tego</translation>
    </message>
    <message>
        <source>who recorded the consent</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>kto zapisał zgodę</translation>
    </message>
    <message>
        <source>what the person agreed to</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>na co osoba się zgodziła</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zapisał(a)</translation>
    </message>
    <message>
        <source>When</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Agreed to</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zgoda na</translation>
    </message>
    <message>
        <source>Save care need</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zapisz potrzebę opiekuńczą</translation>
    </message>
    <message>
        <source>Connect: suggestions (open first, nearest first)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Połącz: propozycje (najpierw otwarte, najpierw najbliższe)</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Propozycje</translation>
    </message>
    <message>
        <source>Record connection</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zapisz połączenie</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Oba hasła nie są takie same.</translation>
    </message>
    <message>
        <source>Care needs locked.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Potrzeby opiekuńcze zablokowane.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(nieznane)</translation>
    </message>
    <message>
        <source>(sealed for the coordinator: cannot be opened here)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(zapieczętowane dla koordynatora: nie można tu otworzyć)</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Neighbourhood not known</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Okolica nieznana</translation>
    </message>
    <message>
        <source>Record the consent first: tick it, say who recorded it and what was agreed</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Najpierw zapisz zgodę: zaznacz ją, podaj, kto ją zapisał i na co się zgodzono</translation>
    </message>
    <message>
        <source>Consent is required: tick that the person agreed, who recorded it and what they agreed to.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zgoda jest wymagana: zaznacz, że osoba się zgodziła, kto to zapisał i na co się zgodziła.</translation>
    </message>
    <message>
        <source>Saved (encrypted).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zapisano (zaszyfrowane).</translation>
    </message>
    <message>
        <source>Save the coordinator public key</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zapisz klucz publiczny koordynatora</translation>
    </message>
    <message>
        <source>Coordinator public key (*.nmkey)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Klucz publiczny koordynatora (*.nmkey)</translation>
    </message>
    <message>
        <source>Public key saved as %1 in the folder %2. Give this file to your mappers. Fingerprint %3: read it to them so they can check the file they use.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Klucz publiczny zapisano jako %1 w folderze %2. Przekaż ten plik osobom mapującym. Odcisk %3: przeczytaj go im, by mogły sprawdzić swój plik.</translation>
    </message>
    <message>
        <source>online or no place</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>w internecie lub bez miejsca</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>open</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>otwarte</translation>
    </message>
    <message>
        <source>not open now</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>teraz nieczynne</translation>
    </message>
    <message>
        <source>group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>grupa</translation>
    </message>
    <message>
        <source>%1 (%2; %3; %4) for %5</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 (%2; %3; %4) dla: %5</translation>
    </message>
    <message>
        <source>Choose a care need and a suggestion first.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Najpierw wybierz potrzebę opiekuńczą i propozycję.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Połączono z %1.</translation>
    </message>
    <message>
        <source>Search care needs: need, neighbourhood, status, notes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Szukaj potrzeb opieki: potrzeba, okolica, stan, notatki</translation>
    </message>
    <message>
        <source>Search care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Szukaj potrzeb opieki</translation>
    </message>
    <message>
        <source>Care needs shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Pokazane potrzeby opieki</translation>
    </message>
    <message>
        <source>%1 of %2 care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 z %2 potrzeb opieki</translation>
    </message>
    <message>
        <source>%1 care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Potrzeby opieki: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>ok</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>w porządku</translation>
    </message>
    <message>
        <source>cancelled; nothing was changed</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>anulowano; nic nie zostało zmienione</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>i %n więcej</numerusform>
            <numerusform>i %n więcej</numerusform>
            <numerusform>i %n więcej</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 skipped</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>dodano %1, zaktualizowano %2, bez zmian %3, pominięto %4</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n ostrzeżenie</numerusform>
            <numerusform>%n ostrzeżenia</numerusform>
            <numerusform>%n ostrzeżeń</numerusform>
        </translation>
    </message>
    <message>
        <source>wrote %1: %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zapisano %1: %2</translation>
    </message>
    <message>
        <source>(public: only what may be published)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(publiczne: tylko to, co wolno opublikować)</translation>
    </message>
    <message>
        <source>%1 is busy (another program is writing to it); waiting...</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 jest zajęty (inny program do niego zapisuje); czekam...</translation>
    </message>
    <message>
        <source>created %1 with %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>utworzono %1 z %2</translation>
    </message>
    <message numerus="yes">
        <source>%n neighbourhood(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n okolica</numerusform>
            <numerusform>%n okolice</numerusform>
            <numerusform>%n okolic</numerusform>
        </translation>
    </message>
    <message>
        <source>applied %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zastosowano %1</translation>
    </message>
    <message>
        <source>schema up to date</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>schemat jest aktualny</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n zasób</numerusform>
            <numerusform>%n zasoby</numerusform>
            <numerusform>%n zasobów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n grupa</numerusform>
            <numerusform>%n grupy</numerusform>
            <numerusform>%n grup</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot listen on %1 (%2)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie można nasłuchiwać na %1 (%2)</translation>
    </message>
    <message>
        <source>Open Referral UK API on %1 (read-only; Ctrl+C stops it)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>API Open Referral UK pod adresem %1 (tylko do odczytu; Ctrl+C zatrzymuje)</translation>
    </message>
    <message>
        <source>(mapper --help for more)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(więcej: mapper --help)</translation>
    </message>
    <message>
        <source>unexpected error:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nieoczekiwany błąd:</translation>
    </message>
    <message>
        <source>(details in %1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(szczegóły w %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) changed in the project since the export were kept; the file&apos;s values are in Review</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>zachowano %n komórkę zmienioną w projekcie od eksportu; wartości z pliku są w Przeglądzie</numerusform>
            <numerusform>zachowano %n komórki zmienione w projekcie od eksportu; wartości z pliku są w Przeglądzie</numerusform>
            <numerusform>zachowano %n komórek zmienionych w projekcie od eksportu; wartości z pliku są w Przeglądzie</numerusform>
        </translation>
    </message>
    <message>
        <source>wrote %1: Open Referral UK 3.0 with %2, %3, %4 (JSON and tabular data package)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zapisano %1: Open Referral UK 3.0 z %2, %3, %4 (JSON i tabelaryczny pakiet danych)</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n usługa</numerusform>
            <numerusform>%n usługi</numerusform>
            <numerusform>%n usług</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n organizacja</numerusform>
            <numerusform>%n organizacje</numerusform>
            <numerusform>%n organizacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n lokalizacja</numerusform>
            <numerusform>%n lokalizacje</numerusform>
            <numerusform>%n lokalizacji</numerusform>
        </translation>
    </message>
    <message>
        <source>public map with %1 in %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>mapa publiczna z %1 w %2</translation>
    </message>
    <message>
        <source>map with %1 in %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>mapa z %1 w %2</translation>
    </message>
    <message>
        <source>wrote %1: %2 (one file, works offline)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zapisano %1: %2 (jeden plik, działa bez internetu)</translation>
    </message>
    <message>
        <source>%1, decrypted: keep this file safe</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1, odszyfrowane: przechowuj ten plik bezpiecznie</translation>
    </message>
    <message numerus="yes">
        <source>%n care need(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n potrzeba opiekuńcza</numerusform>
            <numerusform>%n potrzeby opiekuńcze</numerusform>
            <numerusform>%n potrzeb opiekuńczych</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: care needs %2 added, %3 updated, %4 unchanged (sealed in the project)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: potrzeby opiekuńcze — dodano %2, zaktualizowano %3, bez zmian %4 (zapieczętowane w projekcie)</translation>
    </message>
    <message>
        <source>wrote %1: public website with %2 and %3 (%4; open index.html, works offline)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zapisano %1: publiczna strona internetowa z %2 i %3 (%4; otwórz index.html, działa bez internetu)</translation>
    </message>
    <message numerus="yes">
        <source>%n neighbourhood profile(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n profil okolicy</numerusform>
            <numerusform>%n profile okolic</numerusform>
            <numerusform>%n profili okolic</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n plik</numerusform>
            <numerusform>%n pliki</numerusform>
            <numerusform>%n plików</numerusform>
        </translation>
    </message>
    <message>
        <source>an ORUK export goes into a new folder (or replaces an earlier ORUK export)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>eksport ORUK trafia do nowego folderu (albo zastępuje wcześniejszy eksport ORUK)</translation>
    </message>
    <message>
        <source>cannot write the ORUK export (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie można zapisać eksportu ORUK (%1)</translation>
    </message>
    <message>
        <source>a website is published into a new folder (or replaces an earlier published site)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>strona jest publikowana do nowego folderu (albo zastępuje wcześniej opublikowaną stronę)</translation>
    </message>
    <message>
        <source>cannot write the website (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie można zapisać strony (%1)</translation>
    </message>
    <message>
        <source>created %1: %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>utworzono %1: %2</translation>
    </message>
    <message>
        <source>%1 changed by another tool; they get versions when the app opens the file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 zmieniono innym narzędziem; dostaną wersje, gdy aplikacja otworzy plik</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) already recorded given their neighbourhood from these boundaries</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n zapisany wcześniej zasób otrzymał okolicę z tych granic</numerusform>
            <numerusform>%n zapisane wcześniej zasoby otrzymały okolicę z tych granic</numerusform>
            <numerusform>%n zapisanych wcześniej zasobów otrzymało okolicę z tych granic</numerusform>
        </translation>
    </message>
    <message>
        <source>create the Sheffield demo project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>utwórz projekt demonstracyjny Sheffield</translation>
    </message>
    <message>
        <source>create an empty project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>utwórz pusty projekt</translation>
    </message>
    <message>
        <source>add or update records from .gpkg .xlsx .csv .geojson</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>dodaj lub zaktualizuj rekordy z plików .gpkg .xlsx .csv .geojson</translation>
    </message>
    <message>
        <source>Open Referral UK 3.0 (JSON + tabular data package)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Open Referral UK 3.0 (JSON + tabelaryczny pakiet danych)</translation>
    </message>
    <message>
        <source>the public website (map, search, list, profiles)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>publiczna strona internetowa (mapa, wyszukiwanie, lista, profile)</translation>
    </message>
    <message>
        <source>the Open Referral UK API (read-only)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>API Open Referral UK (tylko do odczytu)</translation>
    </message>
    <message>
        <source>merge other mappers&apos; exports into PROJECT</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>scal eksporty innych maperów z PROJECT</translation>
    </message>
    <message>
        <source>two-way sync with a folder or postgresql:// server (remembered)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>dwukierunkowa synchronizacja z folderem lub serwerem postgresql:// (zapamiętywana)</translation>
    </message>
    <message>
        <source>create or upgrade the central map&apos;s schema on PostgreSQL/PostGIS</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>utwórz lub zaktualizuj schemat mapy centralnej w PostgreSQL/PostGIS</translation>
    </message>
    <message>
        <source>validate a project or export file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>sprawdź plik projektu lub eksportu</translation>
    </message>
    <message>
        <source>counts by neighbourhood and category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>liczby według okolicy i kategorii</translation>
    </message>
    <message>
        <source>scripted check of an installed copy (demo, map, add, export)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>automatyczne sprawdzenie zainstalowanej kopii (demo, mapa, dodawanie, eksport)</translation>
    </message>
    <message>
        <source>file whose first line is the care-needs passphrase</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>plik, którego pierwszy wiersz to hasło do potrzeb opieki</translation>
    </message>
    <message>
        <source>replace the file if it exists</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zastąp plik, jeśli istnieje</translation>
    </message>
    <message>
        <source>neighbourhood polygons (.geojson or .gpkg)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>wielokąty okolic (.geojson lub .gpkg)</translation>
    </message>
    <message>
        <source>your name, recorded with every change</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Twoje imię, zapisywane przy każdej zmianie</translation>
    </message>
    <message>
        <source>add or update records from files</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>dodaj lub zaktualizuj rekordy z plików</translation>
    </message>
    <message>
        <source>polygons are neighbourhood boundaries</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>wielokąty są granicami okolic</translation>
    </message>
    <message>
        <source>write records to a file (format from its suffix)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zapisz rekordy do pliku (format według rozszerzenia)</translation>
    </message>
    <message>
        <source>a project file (with --format oruk also postgresql://...)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>plik projektu (z --format oruk także postgresql://...)</translation>
    </message>
    <message>
        <source>only what may be published; never care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>tylko to, co można opublikować; nigdy potrzeby opieki</translation>
    </message>
    <message>
        <source>coordinator&apos;s public key: care needs go encrypted to it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>klucz publiczny koordynatora: potrzeby opieki trafiają do niego zaszyfrowane</translation>
    </message>
    <message>
        <source>oruk: Open Referral UK 3.0 into the folder OUT</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>oruk: Open Referral UK 3.0 do folderu OUT</translation>
    </message>
    <message>
        <source>write the public website into a folder</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zapisz publiczną stronę internetową do folderu</translation>
    </message>
    <message>
        <source>a project file or the central map (postgresql://...)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>plik projektu lub mapa centralna (postgresql://...)</translation>
    </message>
    <message>
        <source>answer the Open Referral UK API (read-only)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>obsługuj API Open Referral UK (tylko do odczytu)</translation>
    </message>
    <message>
        <source>address to listen on (default 127.0.0.1: this computer)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>adres nasłuchiwania (domyślnie 127.0.0.1: ten komputer)</translation>
    </message>
    <message>
        <source>merge other mappers&apos; exports into the project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>scal eksporty innych maperów z projektem</translation>
    </message>
    <message>
        <source>print the summary as JSON</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>wypisz podsumowanie jako JSON</translation>
    </message>
    <message>
        <source>two-way sync with a shared folder or the central map&apos;s server</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>dwukierunkowa synchronizacja ze wspólnym folderem lub serwerem mapy centralnej</translation>
    </message>
    <message>
        <source>a folder, a postgresql:// URI or a libpq service name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>folder, adres URI postgresql:// lub nazwa usługi libpq</translation>
    </message>
    <message>
        <source>coordinator&apos;s public key: care needs go sealed to it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>klucz publiczny koordynatora: potrzeby opieki trafiają do niego zapieczętowane</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>wypisz wynik jako JSON</translation>
    </message>
    <message>
        <source>set up the central map&apos;s server</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>skonfiguruj serwer mapy centralnej</translation>
    </message>
    <message>
        <source>postgresql:// URI or libpq service name of an (empty) database</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>adres URI postgresql:// lub nazwa usługi libpq (pustej) bazy danych</translation>
    </message>
    <message>
        <source>--smoke-test needs one folder for its result</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>--smoke-test potrzebuje jednego folderu na wynik</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nieznane polecenie %1</translation>
    </message>
    <message>
        <source>the language of the site&apos;s own words (recorded text stays as recorded)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>język własnych słów strony (zapisany tekst zostaje taki, jak go zapisano)</translation>
    </message>
    <message>
        <source>the site cannot be published in %1: the languages are %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>strony nie można opublikować w języku %1: dostępne języki to %2</translation>
    </message>
    <message>
        <source>open the app (PROJECT, else the last one, else the welcome)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>otwórz aplikację (PROJECT, w przeciwnym razie ostatni, a jeśli go nie ma – okno powitalne)</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>add asset “%1”</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>dodanie zasobu „%1”</translation>
    </message>
    <message>
        <source>add group “%1”</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>dodanie grupy „%1”</translation>
    </message>
    <message>
        <source>add “%1”</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>dodanie „%1”</translation>
    </message>
    <message>
        <source>change %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zmiana: %1</translation>
    </message>
    <message>
        <source>delete “%1”</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>usunięcie „%1”</translation>
    </message>
    <message>
        <source>delete</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>usunięcie</translation>
    </message>
    <message>
        <source>add photo %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>dodanie zdjęcia %1</translation>
    </message>
    <message>
        <source>remove photo %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>usunięcie zdjęcia %1</translation>
    </message>
    <message>
        <source>change photo caption</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zmiana podpisu zdjęcia</translation>
    </message>
</context>
<context>
    <name>CoordinatorMenu</name>
    <message>
        <source>Save my &amp;public key for mappers…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zapisz mój &amp;klucz publiczny dla mapujących…</translation>
    </message>
    <message>
        <source>For the coordinator: make a key pair (kept sealed in this project) and save the public key file that mappers use to send you care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dla koordynatora: utwórz parę kluczy (zapieczętowaną w tym projekcie) i zapisz plik klucza publicznego, którym mapujący wysyłają ci potrzeby opieki</translation>
    </message>
    <message>
        <source>C&amp;oordinator</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>K&amp;oordynator</translation>
    </message>
    <message>
        <source>To make or save the coordinator key, first set or enter the project passphrase here (the key pair is kept sealed under it).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Aby utworzyć lub zapisać klucz koordynatora, najpierw ustaw lub wpisz tutaj hasło projektu (para kluczy jest nim zapieczętowana).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Install the newest Neighbourhood Mapper, then open the file again.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zainstaluj najnowszy Neighbourhood Mapper i otwórz plik ponownie.</translation>
    </message>
    <message>
        <source>Choose a Neighbourhood Mapper project (.gpkg). To bring in other files use File &gt; Import.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wybierz projekt Neighbourhood Mapper (.gpkg). Inne pliki wczytasz przez Plik &gt; Importuj.</translation>
    </message>
    <message>
        <source>Correct the field shown and it will be saved at once.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Popraw wskazane pole, a zostanie od razu zapisane.</translation>
    </message>
    <message>
        <source>The record may have been deleted; use Edit &gt; Undo if that was a mistake.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Rekord mógł zostać usunięty; jeśli to pomyłka, użyj Edycja &gt; Cofnij.</translation>
    </message>
    <message>
        <source>Open the file in a spreadsheet or GIS program, fix the row named, and try again.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Otwórz plik w arkuszu kalkulacyjnym lub programie GIS, popraw wskazany wiersz i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Choose another folder or file name and export again.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wybierz inny folder lub nazwę pliku i wyeksportuj ponownie.</translation>
    </message>
    <message>
        <source>Unlock care needs with the project&apos;s passphrase, or ask your coordinator for the key.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Odblokuj potrzeby opiekuńcze hasłem projektu albo poproś koordynatora o klucz.</translation>
    </message>
    <message>
        <source>Ask the mapper for a fresh export of their project and merge that.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Poproś osobę mapującą o świeży eksport jej projektu i scal go.</translation>
    </message>
    <message>
        <source>What finished before you pressed Cancel is kept whole; nothing is left half-done. Start it again when you are ready.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>To, co zakończyło się przed naciśnięciem Anuluj, jest zachowane w całości; nic nie zostało zrobione w połowie. Zacznij ponownie, gdy zechcesz.</translation>
    </message>
    <message>
        <source>Check the file named and try again.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Sprawdź wskazany plik i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Your saved work is safe: every edit shown as saved is in the project file. Try again; if it happens again, send the details to your coordinator.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zapisana praca jest bezpieczna: każda zmiana pokazana jako zapisana jest w pliku projektu. Spróbuj ponownie; jeśli to się powtórzy, wyślij szczegóły koordynatorowi.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Komunikat o błędzie</translation>
    </message>
    <message>
        <source>Neighbourhood Mapper</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhood Mapper</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nie udało się %1: %2</translation>
    </message>
    <message>
        <source>Something went wrong while trying to %1.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Coś poszło nie tak przy próbie: %1.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Coś poszło nie tak.</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Szczegóły zapisano w %1.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kopiuj szczegóły</translation>
    </message>
    <message>
        <source>Close message</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zamknij komunikat</translation>
    </message>
    <message>
        <source>Make room on the disk (empty the recycle bin, move old exports or large files elsewhere), then do it again. Everything shown as saved before this is safe.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zwolnij miejsce na dysku (opróżnij kosz, przenieś stare eksporty lub duże pliki gdzie indziej), a potem zrób to ponownie. Wszystko, co wcześniej pokazano jako zapisane, jest bezpieczne.</translation>
    </message>
    <message>
        <source>To change it, copy the file into a folder of your own (for example Documents) and open the copy.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Aby go zmienić, skopiuj plik do własnego folderu (na przykład Dokumenty) i otwórz kopię.</translation>
    </message>
    <message>
        <source>the disk is full, so nothing was written</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>dysk jest pełny, więc niczego nie zapisano</translation>
    </message>
    <message>
        <source>cannot read the passphrase file (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie można odczytać pliku z hasłem (%1)</translation>
    </message>
    <message>
        <source>the passphrase file is empty</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>plik z hasłem jest pusty</translation>
    </message>
    <message>
        <source>is a folder with no exports (.gpkg files) in it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>to folder bez eksportów (plików .gpkg)</translation>
    </message>
    <message>
        <source>the record is not valid</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>rekord jest nieprawidłowy</translation>
    </message>
    <message>
        <source>the disk is full or the file-size limit was reached; free some space and try again</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>dysk jest pełny lub osiągnięto limit rozmiaru pliku; zwolnij trochę miejsca i spróbuj ponownie</translation>
    </message>
    <message>
        <source>is busy: another program or window is writing to it; try again in a moment</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>jest zajęty: inny program lub okno w nim zapisuje; spróbuj ponownie za chwilę</translation>
    </message>
    <message>
        <source>its data is nested too deeply to read (damaged or hostile file)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>jego dane są zagnieżdżone zbyt głęboko, by je odczytać (plik uszkodzony lub złośliwy)</translation>
    </message>
    <message>
        <source>holds damaged data (text that should be JSON is not)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zawiera uszkodzone dane (tekst, który powinien być JSON, nim nie jest)</translation>
    </message>
    <message>
        <source>holds a number too large to use (or infinite)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zawiera liczbę zbyt dużą, by jej użyć (lub nieskończoną)</translation>
    </message>
    <message>
        <source>is too large to read</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>jest zbyt duży, by go odczytać</translation>
    </message>
    <message>
        <source>holds text in an encoding that cannot be read</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zawiera tekst w kodowaniu, którego nie można odczytać</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>to folder, a nie plik</translation>
    </message>
    <message>
        <source>permission denied: the file or its folder is read-only</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>brak uprawnień: plik lub jego folder jest tylko do odczytu</translation>
    </message>
    <message>
        <source>the file is too big: the file-size limit was reached</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>plik jest za duży: osiągnięto limit rozmiaru pliku</translation>
    </message>
    <message>
        <source>is on a read-only disk</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>jest na dysku tylko do odczytu</translation>
    </message>
    <message>
        <source>file or folder not found</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie znaleziono pliku ani folderu</translation>
    </message>
    <message>
        <source>cannot be read or written (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie można odczytać ani zapisać (%1)</translation>
    </message>
    <message>
        <source>is read-only: nothing can be changed in it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>jest tylko do odczytu: nic nie można w nim zmienić</translation>
    </message>
    <message>
        <source>cannot be created or opened: its folder may be read-only or missing</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie można utworzyć ani otworzyć: jego folder może być tylko do odczytu lub nie istnieć</translation>
    </message>
    <message>
        <source>a disk error stopped the write (disk full, file-size limit or a removed drive)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>błąd dysku przerwał zapis (pełny dysk, limit rozmiaru pliku lub odłączony napęd)</translation>
    </message>
    <message>
        <source>the write was stopped by the disk (full or at its size limit); nothing was changed</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>dysk przerwał zapis (pełny lub na granicy rozmiaru); nic nie zostało zmienione</translation>
    </message>
    <message>
        <source>cannot be read safely (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie można bezpiecznie odczytać (%1)</translation>
    </message>
    <message>
        <source>cannot import %1; use .gpkg .xlsx .csv or .geojson</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie można zaimportować %1; użyj .gpkg .xlsx .csv lub .geojson</translation>
    </message>
    <message>
        <source>files without a suffix</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>plików bez rozszerzenia</translation>
    </message>
    <message>
        <source>file not found</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie znaleziono pliku</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <source>no sheets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>brak arkuszy</translation>
    </message>
    <message>
        <source>nothing to import: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nic do zaimportowania: %1</translation>
    </message>
    <message>
        <source>is not readable GeoJSON (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie jest czytelnym plikiem GeoJSON (%1)</translation>
    </message>
    <message>
        <source>has no features</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie ma obiektów</translation>
    </message>
    <message>
        <source>has no polygons</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie ma wielokątów</translation>
    </message>
    <message>
        <source>has no polygon layer</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie ma warstwy wielokątów</translation>
    </message>
    <message>
        <source>boundaries must be in EPSG:4326 (this layer is %1); use &apos;mapper import&apos; to reproject</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>granice muszą być w EPSG:4326 (ta warstwa jest w %1); użyj &apos;mapper import&apos;, aby je przeliczyć</translation>
    </message>
    <message>
        <source>boundaries must be a .geojson or .gpkg file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>granice muszą być plikiem .geojson lub .gpkg</translation>
    </message>
    <message>
        <source>column mapping: %1 (for column %2) is not a field this app knows</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>przypisanie kolumn: %1 (dla kolumny %2) nie jest polem znanym tej aplikacji</translation>
    </message>
    <message>
        <source>the text is %1 characters long; a spreadsheet cell holds at most %2, so nothing was written (shorten it first)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>tekst ma %1 znaków; komórka arkusza mieści najwyżej %2, więc nic nie zostało zapisane (najpierw go skróć)</translation>
    </message>
    <message>
        <source>is not UTF-8 text, so not GeoJSON</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie jest tekstem UTF-8, więc nie jest GeoJSON</translation>
    </message>
    <message>
        <source>is not valid GeoJSON (line %1: %2)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie jest prawidłowym GeoJSON (wiersz %1: %2)</translation>
    </message>
    <message>
        <source>is not a GeoJSON FeatureCollection</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie jest kolekcją GeoJSON FeatureCollection</translation>
    </message>
    <message>
        <source>has no features list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie ma listy obiektów</translation>
    </message>
    <message>
        <source>has no features (the file is empty)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie ma obiektów (plik jest pusty)</translation>
    </message>
    <message>
        <source>is a Neighbourhood Mapper export: merge it (File → Merge, or &apos;mapper import&apos; which merges it)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>to eksport Neighbourhood Mapper: scal go (Plik → Scal lub &apos;mapper import&apos;, które go scala)</translation>
    </message>
    <message>
        <source>is not a GeoPackage (no gpkg_contents table)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie jest plikiem GeoPackage (brak tabeli gpkg_contents)</translation>
    </message>
    <message>
        <source>has no map layers (no point or polygon features) to import</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie ma warstw mapy (obiektów punktowych ani wielokątów) do zaimportowania</translation>
    </message>
    <message>
        <source>its layers are empty: nothing to import</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>jego warstwy są puste: nic do zaimportowania</translation>
    </message>
    <message>
        <source>layer %1 cannot be read safely (%2)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>warstwy %1 nie można bezpiecznie odczytać (%2)</translation>
    </message>
    <message>
        <source>empty</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>pusty</translation>
    </message>
    <message>
        <source>has no records to import</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie ma rekordów do zaimportowania</translation>
    </message>
    <message>
        <source>sheet %1 would have more than %2 rows, Excel&apos;s limit</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>arkusz %1 miałby więcej niż %2 wierszy, czyli limit Excela</translation>
    </message>
    <message>
        <source>is not an Excel .xlsx file (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie jest plikiem Excel .xlsx (%1)</translation>
    </message>
    <message>
        <source>refused: part %1 would inflate %2 times to %3 bytes (a zip bomb?)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>odrzucono: część %1 rozrosłaby się %2 razy do %3 bajtów (bomba zip?)</translation>
    </message>
    <message>
        <source>refused: the workbook would inflate to %1 bytes, more than this app reads (a zip bomb?)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>odrzucono: skoroszyt rozrósłby się do %1 bajtów, więcej niż ta aplikacja odczytuje (bomba zip?)</translation>
    </message>
    <message>
        <source>a map export must end in .html</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>eksport mapy musi kończyć się na .html</translation>
    </message>
    <message>
        <source>cannot write the map (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie można zapisać mapy (%1)</translation>
    </message>
    <message>
        <source>basemap file not found</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie znaleziono pliku mapy podkładowej</translation>
    </message>
    <message>
        <source>is not an MBTiles file (not SQLite)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie jest plikiem MBTiles (nie SQLite)</translation>
    </message>
    <message>
        <source>is not an MBTiles file (no tiles table)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie jest plikiem MBTiles (brak tabeli tiles)</translation>
    </message>
    <message>
        <source>holds %1 tiles; only raster png, jpg or webp tiles can be shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zawiera kafelki %1; można pokazać tylko rastrowe kafelki png, jpg lub webp</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie można odczytać (%1)</translation>
    </message>
    <message>
        <source>is not a readable .xlsx workbook</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie jest czytelnym skoroszytem .xlsx</translation>
    </message>
    <message>
        <source>has no &apos;%1&apos; sheet</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie ma arkusza &apos;%1&apos;</translation>
    </message>
    <message>
        <source>is not a GeoPackage (not an SQLite database)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie jest plikiem GeoPackage (nie jest bazą danych SQLite)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>plik jest uszkodzony (%1)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>brak odpowiedzi</translation>
    </message>
    <message>
        <source>cannot be read as a database (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie można odczytać jako bazy danych (%1)</translation>
    </message>
    <message>
        <source>cannot be opened: permission denied</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie można otworzyć: brak uprawnień</translation>
    </message>
    <message>
        <source>the file is damaged (its integrity check fails)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>plik jest uszkodzony (test integralności nie przechodzi)</translation>
    </message>
    <message>
        <source>its schema version is damaged (not a number)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>jego wersja schematu jest uszkodzona (to nie liczba)</translation>
    </message>
    <message>
        <source>was made by a newer version of Neighbourhood Mapper (schema %1, this app knows %2); please update the app</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>został utworzony w nowszej wersji Neighbourhood Mapper (schemat %1, ta aplikacja zna %2); zaktualizuj aplikację</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>odrzucono: %1</translation>
    </message>
    <message>
        <source>no asset with id %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>brak zasobu o identyfikatorze %1</translation>
    </message>
    <message>
        <source>no group with id %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>brak grupy o identyfikatorze %1</translation>
    </message>
    <message>
        <source>no care need with id %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>brak potrzeby opieki o identyfikatorze %1</translation>
    </message>
    <message>
        <source>no neighbourhood with id %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>brak okolicy o identyfikatorze %1</translation>
    </message>
    <message>
        <source>already exists; choose another name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>już istnieje; wybierz inną nazwę</translation>
    </message>
    <message>
        <source>is not a Neighbourhood Mapper project (import it instead)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie jest projektem Neighbourhood Mapper (zamiast tego go zaimportuj)</translation>
    </message>
    <message>
        <source>is read-only (its file or folder permissions): nothing can be changed in it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>jest tylko do odczytu (uprawnienia pliku lub folderu): nic nie można w nim zmienić</translation>
    </message>
    <message>
        <source>the disk is full, so this change was not saved</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>dysk jest pełny, więc ta zmiana nie została zapisana</translation>
    </message>
    <message>
        <source>nothing deleted with id %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nic usuniętego o identyfikatorze %1</translation>
    </message>
    <message>
        <source>is not a photo this app keeps (use .jpg, .png, .gif, .webp or .bmp)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie jest zdjęciem, które ta aplikacja przechowuje (użyj .jpg, .png, .gif, .webp lub .bmp)</translation>
    </message>
    <message>
        <source>is %1 MB; photos up to 25 MB can be kept</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ma %1 MB; można przechowywać zdjęcia do 25 MB</translation>
    </message>
    <message>
        <source>refused: a review decision %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>odrzucono: decyzja przeglądu %1</translation>
    </message>
    <message>
        <source>holds binary data or numbers where text belongs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zawiera dane binarne lub liczby tam, gdzie powinien być tekst</translation>
    </message>
    <message>
        <source>is of an unknown kind (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>jest nieznanego rodzaju (%1)</translation>
    </message>
    <message>
        <source>cannot be read (damaged JSON)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie można odczytać (uszkodzony JSON)</translation>
    </message>
    <message>
        <source>cannot be read (not a checkpoint)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie można odczytać (to nie punkt kontrolny)</translation>
    </message>
    <message>
        <source>one of the pair no longer exists</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>jeden z pary już nie istnieje</translation>
    </message>
    <message>
        <source>is the project itself; merge other mappers&apos; exports into it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>to sam projekt; scal z nim eksporty innych maperów</translation>
    </message>
    <message>
        <source>merge cancelled; nothing was changed</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>scalanie anulowane; nic nie zostało zmienione</translation>
    </message>
    <message>
        <source>refused: it holds care needs that are not encrypted</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>odrzucono: zawiera niezaszyfrowane potrzeby opieki</translation>
    </message>
    <message>
        <source>is not a Neighbourhood Mapper export (no record versions); import it instead</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie jest eksportem Neighbourhood Mapper (brak wersji rekordów); zamiast tego go zaimportuj</translation>
    </message>
    <message>
        <source>record versions cannot be read</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie można odczytać wersji rekordów</translation>
    </message>
    <message>
        <source>its deleted-record data cannot be read</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie można odczytać danych jego usuniętych rekordów</translation>
    </message>
    <message>
        <source>cannot write %1; use .gpkg .xlsx .csv or .geojson</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie można zapisać %1; użyj .gpkg .xlsx .csv lub .geojson</translation>
    </message>
    <message>
        <source>is the project file itself (or a file it has open); choose another name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>to sam plik projektu (lub plik, który ma otwarty); wybierz inną nazwę</translation>
    </message>
    <message>
        <source>care needs are never part of a public export</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>potrzeby opieki nigdy nie są częścią eksportu publicznego</translation>
    </message>
    <message>
        <source>unknown kind %1 (assets, groups, needs, all or template)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nieznany rodzaj %1 (assets, groups, needs, all lub template)</translation>
    </message>
    <message>
        <source>a blank template is a spreadsheet: use .xlsx or .csv</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>pusty szablon to arkusz kalkulacyjny: użyj .xlsx lub .csv</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>folder nie istnieje</translation>
    </message>
    <message>
        <source>the folder is read-only: choose another folder</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>folder jest tylko do odczytu: wybierz inny folder</translation>
    </message>
    <message>
        <source>cannot seal the care need field %1 without its record id</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie można zapieczętować pola potrzeby opieki %1 bez identyfikatora rekordu</translation>
    </message>
    <message>
        <source>sheet %1 row %2 column %3</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>arkusz %1 wiersz %2 kolumna %3</translation>
    </message>
    <message>
        <source>line 2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>wiersz 2</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>wiersz %1, kolumna %2</translation>
    </message>
    <message>
        <source>record %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>rekord %1</translation>
    </message>
    <message>
        <source>decision %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>decyzja %1</translation>
    </message>
    <message>
        <source>care need %1, column %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>potrzeba opieki %1, kolumna %2</translation>
    </message>
    <message>
        <source>the file is damaged (%1); nothing was changed</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>plik jest uszkodzony (%1); nic nie zostało zmienione</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>GeoPackage for a coordinator or QGIS (*.gpkg)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>GeoPackage dla koordynatora lub QGIS (*.gpkg)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Skoroszyt Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>Public web map, one file (*.html)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Publiczna mapa internetowa, jeden plik (*.html)</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n zasób</numerusform>
            <numerusform>%n zasoby</numerusform>
            <numerusform>%n zasobów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n grupa</numerusform>
            <numerusform>%n grupy</numerusform>
            <numerusform>%n grup</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n neighbourhood(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n okolica</numerusform>
            <numerusform>%n okolice</numerusform>
            <numerusform>%n okolic</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n care need(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n potrzeba opiekuńcza</numerusform>
            <numerusform>%n potrzeby opiekuńcze</numerusform>
            <numerusform>%n potrzeb opiekuńczych</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nic</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>in the folder %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>w folderze %1</translation>
    </message>
    <message>
        <source>Saved the map of %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zapisano mapę: %1</translation>
    </message>
    <message>
        <source>as %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>jako %1</translation>
    </message>
    <message>
        <source>It opens in any web browser, also without internet.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Otwiera się w każdej przeglądarce, także bez internetu.</translation>
    </message>
    <message>
        <source>Left out: assets not marked “May appear on public maps”, and every care need.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Pominięto: zasoby nieoznaczone „Może pojawić się na mapach publicznych” oraz wszystkie potrzeby opiekuńcze.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zapisano %1</translation>
    </message>
    <message>
        <source>records not marked “May appear on public maps”, the change history and every care need (this is a public file)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>rekordy nieoznaczone „Może pojawić się na mapach publicznych”, historia zmian i wszystkie potrzeby opiekuńcze (to plik publiczny)</translation>
    </message>
    <message numerus="yes">
        <source>the %n care need(s): no coordinator key was chosen, so they stay on this laptop (choose your coordinator&apos;s .nmkey file to send them, locked)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n potrzeba opiekuńcza: nie wybrano klucza koordynatora, więc zostaje na tym laptopie (wybierz plik .nmkey koordynatora, aby wysłać ją zablokowaną)</numerusform>
            <numerusform>%n potrzeby opiekuńcze: nie wybrano klucza koordynatora, więc zostają na tym laptopie (wybierz plik .nmkey koordynatora, aby wysłać je zablokowane)</numerusform>
            <numerusform>%n potrzeb opiekuńczych: nie wybrano klucza koordynatora, więc zostają na tym laptopie (wybierz plik .nmkey koordynatora, aby wysłać je zablokowane)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n care need(s) are in it locked: only your coordinator can read them.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>Jest w nim %n zablokowana potrzeba opiekuńcza: odczyta ją tylko koordynator.</numerusform>
            <numerusform>Są w nim %n zablokowane potrzeby opiekuńcze: odczyta je tylko koordynator.</numerusform>
            <numerusform>Jest w nim %n zablokowanych potrzeb opiekuńczych: odczyta je tylko koordynator.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Pominięto: %1.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Record id (uuid)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Identyfikator rekordu (uuid)</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Group type</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Typ grupy</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Szerokość geograficzna</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Długość geograficzna</translation>
    </message>
    <message>
        <source>Easting</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Współrzędna wschodnia (easting)</translation>
    </message>
    <message>
        <source>Northing</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Współrzędna północna (northing)</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Okolica</translation>
    </message>
    <message>
        <source>Neighbourhoods served</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Obsługiwane okolice</translation>
    </message>
    <message>
        <source>Opening times</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Godziny otwarcia</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <source>Charity number</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Numer organizacji charytatywnej</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dostępność</translation>
    </message>
    <message>
        <source>Cost</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Audience</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>Principles</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasady</translation>
    </message>
    <message>
        <source>Run by (group)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Prowadzi (grupa)</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Stan</translation>
    </message>
    <message>
        <source>May publish (yes/no)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Można publikować (yes/no)</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Ostatnio sprawdzone</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zapisał(a)</translation>
    </message>
    <message>
        <source>Boundary code</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kod granicy</translation>
    </message>
    <message>
        <source>Population</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Ludność</translation>
    </message>
    <message>
        <source>Ward</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Okręg wyborczy</translation>
    </message>
    <message>
        <source>Base (the record as exported)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Podstawa (rekord z eksportu)</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Importing</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Importowanie</translation>
    </message>
    <message>
        <source>import the files</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zaimportować plików</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Eksportowanie</translation>
    </message>
    <message>
        <source>export</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>wyeksportować</translation>
    </message>
    <message>
        <source>Exporting the map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Eksportowanie mapy</translation>
    </message>
    <message>
        <source>export the map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>wyeksportować mapy</translation>
    </message>
    <message>
        <source>Merging</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Scalanie</translation>
    </message>
    <message>
        <source>merge the files</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>scalić plików</translation>
    </message>
    <message>
        <source>Neighbourhood Mapper project (*.gpkg)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Projekt Neighbourhood Mapper (*.gpkg)</translation>
    </message>
    <message>
        <source>create the project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>utworzyć projektu</translation>
    </message>
    <message>
        <source>Open project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Otwórz projekt</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Gotowe: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Add a basemap</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dodaj mapę podkładową</translation>
    </message>
    <message>
        <source>Map tiles (*.mbtiles)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kafelki mapy (*.mbtiles)</translation>
    </message>
    <message>
        <source>Basemap %1 added: choose it in the map&apos;s layer list.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dodano mapę podkładową %1: wybierz ją na liście warstw mapy.</translation>
    </message>
    <message>
        <source>Import records</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Importuj rekordy</translation>
    </message>
    <message>
        <source>Data files (*.gpkg *.xlsx *.csv *.geojson *.json)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Pliki danych (*.gpkg *.xlsx *.csv *.geojson *.json)</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: dodano %2, zaktualizowano %3, bez zmian %4</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>pominięto %n wiersz</numerusform>
            <numerusform>pominięto %n wiersze</numerusform>
            <numerusform>pominięto %n wierszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>i %n więcej</numerusform>
            <numerusform>i %n więcej</numerusform>
            <numerusform>i %n więcej</numerusform>
        </translation>
    </message>
    <message>
        <source>An import cannot be taken back with Ctrl+Z (the undo list starts again from here). Each record&apos;s History shows what the import changed.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Importu nie można cofnąć przez Ctrl+Z (lista cofania zaczyna się od nowa). Historia każdego rekordu pokazuje, co import zmienił.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Import zakończony</translation>
    </message>
    <message>
        <source>Export</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Is this export for the public (only records marked “May appear on public maps”, no care needs), or for your coordinator?</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Czy ten eksport jest publiczny (tylko rekordy oznaczone „Może pojawić się na mapach publicznych”, bez potrzeb opiekuńczych), czy dla koordynatora?</translation>
    </message>
    <message>
        <source>Public</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Publiczny</translation>
    </message>
    <message>
        <source>For my coordinator</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dla mojego koordynatora</translation>
    </message>
    <message>
        <source>Your coordinator&apos;s public key (Cancel: care needs stay on this laptop)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Klucz publiczny koordynatora (Anuluj: potrzeby opiekuńcze zostają na tym laptopie)</translation>
    </message>
    <message>
        <source>Coordinator public key (*.nmkey)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Klucz publiczny koordynatora (*.nmkey)</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Eksport zakończony</translation>
    </message>
    <message>
        <source>Merge exports</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Scal eksporty</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Merge every export in a folder</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Scal każdy eksport z folderu</translation>
    </message>
    <message>
        <source>has no GeoPackage (.gpkg) exports to merge</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie zawiera eksportów GeoPackage (.gpkg) do scalenia</translation>
    </message>
    <message>
        <source>Merge finished</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Scalanie zakończone</translation>
    </message>
    <message>
        <source>Review now</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Przejrzyj teraz</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>add the basemap</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>dodać mapy podkładowej</translation>
    </message>
    <message>
        <source>Created %1 with %2. Add an asset with Ctrl+N, or on the map with Ctrl+Shift+A.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Utworzono %1 z: %2. Dodaj zasób klawiszami Ctrl+N albo na mapie klawiszami Ctrl+Shift+A.</translation>
    </message>
    <message numerus="yes">
        <source>%n neighbourhood(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n okolica</numerusform>
            <numerusform>%n okolice</numerusform>
            <numerusform>%n okolic</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1, with no neighbourhoods yet (File → Import adds boundaries).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Utworzono %1, jeszcze bez okolic (Plik → Importuj dodaje granice).</translation>
    </message>
    <message>
        <source>Creating the project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Tworzenie projektu</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Neighbourhood Mapper</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Witamy w Neighbourhood Mapper</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Witamy</translation>
    </message>
    <message>
        <source>Record the places, groups and help that make your neighbourhood strong. Everything stays on this computer until you choose to share it.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zapisuj miejsca, grupy i pomoc, które wzmacniają twoją okolicę. Wszystko zostaje na tym komputerze, dopóki nie zdecydujesz się tego udostępnić.</translation>
    </message>
    <message>
        <source>Start mapping my neighbourhood…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zacznij mapować moją okolicę…</translation>
    </message>
    <message>
        <source>Open a file I was given…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Otwórz plik, który dostałem…</translation>
    </message>
    <message>
        <source>Try the demo (made-up records: not for real work)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wypróbuj demo (zmyślone rekordy: nie do prawdziwej pracy)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Twoje imię</translation>
    </message>
    <message>
        <source>Shown in each record&apos;s history, for example Sam at Hillside</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Widoczne w historii każdego rekordu, np. Sam z Hillside</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Twoje imię:</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zacznij</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>The group&apos;s name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nazwa grupy</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <source>Charity number</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Numer organizacji charytatywnej</translation>
    </message>
    <message>
        <source>Neighbourhoods served</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Obsługiwane okolice</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Ostatnio sprawdzone</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>RRRR-MM-DD</translation>
    </message>
    <message>
        <source>Publish</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Publikacja</translation>
    </message>
    <message>
        <source>May appear on public maps</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Może pojawić się na mapach publicznych</translation>
    </message>
    <message>
        <source>Assets this group runs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasoby prowadzone przez tę grupę</translation>
    </message>
    <message>
        <source>Link the selected asset</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Połącz wybrany zasób</translation>
    </message>
    <message>
        <source>Link the selected asset to this group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Połącz wybrany zasób z tą grupą</translation>
    </message>
    <message>
        <source>Pick an asset in the Assets list, then press this to record that this group runs it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wybierz zasób na liście zasobów i naciśnij to, aby zapisać, że ta grupa go prowadzi</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Odłącz</translation>
    </message>
    <message>
        <source>Unlink the chosen asset from this group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Odłącz wybrany zasób od tej grupy</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Prowadzi:</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zdjęcia:</translation>
    </message>
    <message>
        <source>link “%1” to “%2”</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>połączenie „%1” z „%2”</translation>
    </message>
    <message>
        <source>Choose an asset in the Assets tab first, then come back and link it.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Najpierw wybierz zasób na karcie Zasoby, potem wróć i go połącz.</translation>
    </message>
    <message>
        <source>unlink “%1”</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>odłączenie „%1”</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Przewodnik</translation>
    </message>
    <message>
        <source>User guide text</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Tekst przewodnika</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zamknij przewodnik</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>someone</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ktoś</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Historia: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to “%1”, newest first.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n zmiana w „%1”, najnowsze najpierw.</numerusform>
            <numerusform>%n zmiany w „%1”, najnowsze najpierw.</numerusform>
            <numerusform>%n zmian w „%1”, najnowsze najpierw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zmiany</translation>
    </message>
    <message>
        <source>When</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kto</translation>
    </message>
    <message>
        <source>What</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Co</translation>
    </message>
    <message>
        <source>Was</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Było</translation>
    </message>
    <message>
        <source>Now</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Jest</translation>
    </message>
    <message>
        <source>How</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Jak</translation>
    </message>
    <message>
        <source>Close history</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zamknij historię</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1 is not in the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 nie ma na liście</translation>
    </message>
    <message>
        <source>unknown principles %1 left out</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>pominięto nieznane zasady %1</translation>
    </message>
    <message>
        <source>NUL characters removed (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>usunięto znaki NUL (%1)</translation>
    </message>
    <message>
        <source>has a latitude or a longitude but not both</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ma szerokość albo długość geograficzną, ale nie obie</translation>
    </message>
    <message>
        <source>easting/northing %1 is not in the British National Grid</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>współrzędne easting/northing %1 nie leżą w brytyjskiej siatce krajowej</translation>
    </message>
    <message>
        <source>no coordinates and postcode %1 is not known; added without a place on the map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>brak współrzędnych, a kod pocztowy %1 jest nieznany; dodano bez miejsca na mapie</translation>
    </message>
    <message>
        <source>no coordinates; added without a place on the map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>brak współrzędnych; dodano bez miejsca na mapie</translation>
    </message>
    <message>
        <source>coordinates %1 are not a place on Earth</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>współrzędne %1 nie wskazują miejsca na Ziemi</translation>
    </message>
    <message>
        <source>latitude and longitude were swapped; corrected</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>szerokość i długość geograficzna były zamienione; poprawiono</translation>
    </message>
    <message>
        <source>coordinates %1 are outside Great Britain; please check</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>współrzędne %1 leżą poza Wielką Brytanią; sprawdź je</translation>
    </message>
    <message>
        <source>is a line; only points and polygons can be imported</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>to linia; importować można tylko punkty i wielokąty</translation>
    </message>
    <message>
        <source>has a geometry that cannot be repaired</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ma geometrię, której nie da się naprawić</translation>
    </message>
    <message>
        <source>category %1; recorded as &apos;other&apos;</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>kategoria %1; zapisano jako &apos;other&apos;</translation>
    </message>
    <message>
        <source>kind %1; taken from the category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>rodzaj %1; przyjęto z kategorii</translation>
    </message>
    <message>
        <source>status %1 (active, temporarily_closed or closed)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>status %1 (active, temporarily_closed lub closed)</translation>
    </message>
    <message>
        <source>run by %1: no single group has that name; left empty</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>prowadzone przez %1: żadna pojedyncza grupa nie ma tej nazwy; pozostawiono puste</translation>
    </message>
    <message>
        <source>neighbourhood %1 is not in this project; worked out from the place</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>okolicy %1 nie ma w tym projekcie; ustalono ją z miejsca</translation>
    </message>
    <message>
        <source>group type %1; recorded as informal group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>typ grupy %1; zapisano jako grupę nieformalną</translation>
    </message>
    <message>
        <source>neighbourhood %1 is not in this project; left out</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>okolicy %1 nie ma w tym projekcie; pominięto</translation>
    </message>
    <message>
        <source>is a Point, not a polygon</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>to punkt, nie wielokąt</translation>
    </message>
    <message>
        <source>has no boundary</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie ma granicy</translation>
    </message>
    <message>
        <source>boundary was not valid; repaired</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>granica była nieprawidłowa; naprawiono</translation>
    </message>
    <message>
        <source>is a %1, not a polygon</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>to %1, nie wielokąt</translation>
    </message>
    <message>
        <source>id %1 is not one of ours; treated as a new record</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>identyfikator %1 nie jest nasz; potraktowano jako nowy rekord</translation>
    </message>
    <message>
        <source>this record was deleted in the project; restore it there first</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ten rekord został usunięty w projekcie; najpierw go tam przywróć</translation>
    </message>
    <message>
        <source>the same id appears twice in the file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ten sam identyfikator występuje w pliku dwa razy</translation>
    </message>
    <message>
        <source>changed in the project since the export, kept for review: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zmienione w projekcie od eksportu, zachowane do przeglądu: %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>wiersz %1</translation>
    </message>
    <message>
        <source>NUL or other control characters removed (column %1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>usunięto znaki NUL lub inne znaki sterujące (kolumna %1)</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>to folder, nie plik</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>plik jest pusty</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Don&apos;t import</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nie importuj</translation>
    </message>
    <message>
        <source>areas on a map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>obszary na mapie</translation>
    </message>
    <message>
        <source>places on a map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>miejsca na mapie</translation>
    </message>
    <message>
        <source>lines (not imported)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>linie (nie są importowane)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Import: %1</translation>
    </message>
    <message>
        <source>Sheet or layer to preview</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Arkusz lub warstwa do podglądu</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n wiersz</numerusform>
            <numerusform>%n wiersze</numerusform>
            <numerusform>%n wierszy</numerusform>
        </translation>
    </message>
    <message>
        <source>first rows</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>pierwsze wiersze</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Podgląd pierwszych wierszy</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Pole dla kolumny %1</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(bez nagłówka)</translation>
    </message>
    <message>
        <source>This file&apos;s columns are matched automatically.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kolumny tego pliku są przypisywane automatycznie.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Przypisanie kolumn</translation>
    </message>
    <message>
        <source>These are neighbourhood boundaries</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>To są granice okolic</translation>
    </message>
    <message>
        <source>What will happen:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Co się stanie:</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Ostrzeżenia</translation>
    </message>
    <message>
        <source>Import</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Anuluj import</translation>
    </message>
    <message>
        <source>spreadsheet</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>arkusz kalkulacyjny</translation>
    </message>
    <message>
        <source>GeoPackage</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <source>GeoJSON file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>plik GeoJSON</translation>
    </message>
    <message>
        <source>Neighbourhood Mapper file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>plik Neighbourhood Mapper</translation>
    </message>
    <message>
        <source>care-needs file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>plik potrzeb opiekuńczych</translation>
    </message>
    <message>
        <source>%1: a %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>with %n sheet(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>z %n arkuszem</numerusform>
            <numerusform>z %n arkuszami</numerusform>
            <numerusform>z %n arkuszami</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n layer(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>z %n warstwą</numerusform>
            <numerusform>z %n warstwami</numerusform>
            <numerusform>z %n warstwami</numerusform>
        </translation>
    </message>
    <message>
        <source>— check which of its columns go where, then Import.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>— sprawdź, która kolumna gdzie trafia, potem Importuj.</translation>
    </message>
    <message numerus="yes">
        <source>first %n shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>pokazano pierwszy %n</numerusform>
            <numerusform>pokazano pierwsze %n</numerusform>
            <numerusform>pokazano pierwszych %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Coordinates: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Współrzędne: %1</translation>
    </message>
    <message>
        <source>Nothing unusual found in the first rows.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>W pierwszych wierszach nie znaleziono nic nietypowego.</translation>
    </message>
    <message>
        <source>import %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zaimportować %1</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>%1 is a coordinator&apos;s public key.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 to klucz publiczny koordynatora.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Odcisk: %1</translation>
    </message>
    <message>
        <source>Check it with your coordinator by phone before you use it.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Przed użyciem sprawdź go telefonicznie z koordynatorem.</translation>
    </message>
    <message>
        <source>To send your care needs sealed so only your coordinator can read them: open your project, choose File &gt; Export, answer “For my coordinator” and pick this file.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Aby wysłać potrzeby opiekuńcze zapieczętowane, tak by odczytał je tylko koordynator: otwórz projekt, wybierz Plik &gt; Eksportuj, odpowiedz „Dla mojego koordynatora” i wskaż ten plik.</translation>
    </message>
    <message>
        <source>Coordinator key</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Klucz koordynatora</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Neighbourhood Mapper</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhood Mapper</translation>
    </message>
    <message>
        <source>Map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Map of the assets. The Assets list holds the same records as text.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Mapa zasobów. Lista zasobów zawiera te same rekordy w postaci tekstu.</translation>
    </message>
    <message>
        <source>Record lists</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Listy rekordów</translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;Zasoby</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;Grupy</translation>
    </message>
    <message>
        <source>Care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Potrzeby opiekuńcze</translation>
    </message>
    <message>
        <source>&amp;Care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;Potrzeby opiekuńcze</translation>
    </message>
    <message>
        <source>Scroll tabs left</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Przewiń karty w lewo</translation>
    </message>
    <message>
        <source>Scroll tabs right</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Przewiń karty w prawo</translation>
    </message>
    <message>
        <source>Record</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Choose a record in the list or on the map, or add one with
Ctrl+N (new asset) or Ctrl+Shift+N (new group).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wybierz rekord na liście lub na mapie albo dodaj nowy:
Ctrl+N (nowy zasób) lub Ctrl+Shift+N (nowa grupa).</translation>
    </message>
    <message>
        <source>Record panel</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Panel rekordu</translation>
    </message>
    <message>
        <source>Open a project to begin</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Otwórz projekt, aby zacząć</translation>
    </message>
    <message>
        <source>Care needs appear here once the privacy module is installed.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Potrzeby opiekuńcze pojawią się tu po zainstalowaniu modułu prywatności.</translation>
    </message>
    <message>
        <source>open %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>otworzyć %1</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Otwieranie %1</translation>
    </message>
    <message>
        <source>%1 — DEMO (made-up records) — %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 — DEMO (zmyślone rekordy) — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n zasób</numerusform>
            <numerusform>%n zasoby</numerusform>
            <numerusform>%n zasobów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n grupa</numerusform>
            <numerusform>%n grupy</numerusform>
            <numerusform>%n grup</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1: %2, %3. Every change is saved at once.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Otwarto %1: %2, %3. Każda zmiana jest zapisywana od razu.</translation>
    </message>
    <message>
        <source>All neighbourhoods</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wszystkie okolice</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 (tylko do odczytu)</translation>
    </message>
    <message>
        <source>Opened %1 read-only: %2, %3. Nothing can be changed.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Otwarto %1 tylko do odczytu: %2, %3. Niczego nie można zmienić.</translation>
    </message>
    <message>
        <source>Another window or program changed this file; the lists and the map now show its changes (%1).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Inne okno lub program zmieniło ten plik; listy i mapa pokazują teraz te zmiany (%1).</translation>
    </message>
    <message>
        <source>Status message</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Komunikat stanu</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Community assets map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Mapa zasobów społeczności</translation>
    </message>
    <message>
        <source>Community assets map (not for publication)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Mapa zasobów społeczności (nie do publikacji)</translation>
    </message>
    <message>
        <source>Unlock care needs to see counts.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Odblokuj potrzeby opiekuńcze, aby zobaczyć liczby.</translation>
    </message>
    <message>
        <source>Set a care-needs passphrase and unlock care needs to see counts.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Ustaw hasło do potrzeb opiekuńczych i odblokuj je, aby zobaczyć liczby.</translation>
    </message>
    <message>
        <source>fewer than 10*</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>mniej niż 10*</translation>
    </message>
    <message>
        <source>100 or more</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>100 lub więcej</translation>
    </message>
    <message>
        <source>Counts cannot be shown: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nie można pokazać liczb: %1</translation>
    </message>
    <message>
        <source>All care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wszystkie potrzeby opiekuńcze</translation>
    </message>
    <message>
        <source>Neighbourhoods</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Okolice</translation>
    </message>
    <message>
        <source>Neighbourhood names</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nazwy okolic</translation>
    </message>
    <message>
        <source>Wards</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Okręgi wyborcze</translation>
    </message>
    <message>
        <source>Assets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasoby</translation>
    </message>
    <message>
        <source>Care needs (counts)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Potrzeby opiekuńcze (liczby)</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Cost</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>For</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dla kogo</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <source>Assets by kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasoby według rodzaju</translation>
    </message>
    <message>
        <source>Several assets (click to zoom)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kilka zasobów (kliknij, aby przybliżyć)</translation>
    </message>
    <message>
        <source>Care needs (published counts)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Potrzeby opiekuńcze (opublikowane liczby)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>Care need category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kategoria potrzeby opiekuńczej</translation>
    </message>
    <message>
        <source>Counts could not be loaded.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nie udało się wczytać liczb.</translation>
    </message>
    <message>
        <source>Neighbourhood Mapper: public map of community assets (no basemap).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhood Mapper: publiczna mapa zasobów społeczności (bez mapy podkładowej).</translation>
    </message>
    <message>
        <source>No basemap: to add one, choose File → Add basemap and pick an .mbtiles file.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Brak mapy podkładowej: aby ją dodać, wybierz Plik → Dodaj mapę podkładową i wskaż plik .mbtiles.</translation>
    </message>
    <message>
        <source>Shading (indicator)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Cieniowanie (wskaźnik)</translation>
    </message>
    <message>
        <source>Shade neighbourhoods by</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Cieniuj okolice według</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Layers</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Warstwy</translation>
    </message>
    <message>
        <source>No asset near the centre of the map. Move the map with the arrow keys.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>W pobliżu środka mapy nie ma zasobu. Przesuń mapę klawiszami strzałek.</translation>
    </message>
    <message>
        <source>%1 assets here: zoomed in.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasoby w tym miejscu: %1. Przybliżono.</translation>
    </message>
    <message>
        <source>%1: details open. Escape closes them.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: szczegóły otwarte. Escape je zamyka.</translation>
    </message>
    <message>
        <source>Map. Arrow keys move it, plus and minus zoom, Enter opens the asset nearest the centre.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Mapa. Strzałki ją przesuwają, plus i minus przybliżają i oddalają, Enter otwiera zasób najbliższy środka.</translation>
    </message>
    <message>
        <source>Asset details</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Szczegóły zasobu</translation>
    </message>
    <message>
        <source>About this map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>O tej mapie</translation>
    </message>
    <message>
        <source>No basemap</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Brak mapy podkładowej</translation>
    </message>
</context>
<context>
    <name>MapPlaceholder</name>
    <message>
        <source>The map is not available in this build.
Use a postcode to place assets.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Mapa nie jest dostępna w tej wersji.
Użyj kodu pocztowego, aby umieścić zasoby.</translation>
    </message>
    <message>
        <source>Map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Mapa</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <source>Map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Mapa</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;New project…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;Nowy projekt…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;Otwórz projekt…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <source>Add records from files</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dodaj rekordy z plików</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>Export this project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Eksportuj ten projekt</translation>
    </message>
    <message>
        <source>Add &amp;basemap…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dodaj mapę &amp;podkładową…</translation>
    </message>
    <message>
        <source>Show a map picture (.mbtiles file) under the assets, offline</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Pokaż obraz mapy (plik .mbtiles) pod zasobami, bez sieci</translation>
    </message>
    <message>
        <source>&amp;Merge exports…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;Scal eksporty…</translation>
    </message>
    <message>
        <source>Merge other mappers&apos; exports into this project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Scal eksporty innych osób mapujących z tym projektem</translation>
    </message>
    <message>
        <source>Merge a &amp;folder of exports…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Scal &amp;folder eksportów…</translation>
    </message>
    <message>
        <source>Merge every GeoPackage export in a folder</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Scal każdy eksport GeoPackage z folderu</translation>
    </message>
    <message>
        <source>&amp;Review merged changes…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;Przejrzyj scalone zmiany…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>New &amp;asset</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nowy &amp;zasób</translation>
    </message>
    <message>
        <source>Add an asset (place it later, by postcode, or not at all)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dodaj zasób (umieść go później, kodem pocztowym albo wcale)</translation>
    </message>
    <message>
        <source>Add asset on &amp;map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dodaj zasób na &amp;mapie</translation>
    </message>
    <message>
        <source>Then click the map where the asset is</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Potem kliknij mapę tam, gdzie jest zasób</translation>
    </message>
    <message>
        <source>New &amp;group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nowa &amp;grupa</translation>
    </message>
    <message>
        <source>&amp;Delete record</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;Usuń rekord</translation>
    </message>
    <message>
        <source>Delete this record (Ctrl+Z brings it back)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Usuń ten rekord (Ctrl+Z go przywraca)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;Znajdź</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Przeszukaj listę</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;Historia…</translation>
    </message>
    <message>
        <source>Who changed this record and when</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kto i kiedy zmienił ten rekord</translation>
    </message>
    <message>
        <source>Pick &amp;neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wybierz &amp;okolicę</translation>
    </message>
    <message>
        <source>Neighbourhood &amp;profile…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;Profil okolicy…</translation>
    </message>
    <message>
        <source>Assets, groups, gaps and checks for a neighbourhood, ward or district</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasoby, grupy, luki i kontrole dla okolicy, okręgu lub dzielnicy</translation>
    </message>
    <message>
        <source>Show &amp;log file location</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Pokaż położenie pliku &amp;dziennika</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;Przewodnik</translation>
    </message>
    <message>
        <source>How to map, export and merge</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Jak mapować, eksportować i scalać</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Język okna</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Otwórz &amp;ostatnie</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;Rekord</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Main tools</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Główne narzędzia</translation>
    </message>
    <message>
        <source>Neighbourhood:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Okolica:</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Okolica</translation>
    </message>
    <message>
        <source>Show only this neighbourhood everywhere (Ctrl+L)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Pokazuj wszędzie tylko tę okolicę (Ctrl+L)</translation>
    </message>
    <message>
        <source>Record tools</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Narzędzia rekordu</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Cofnij: %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nie ma czego cofnąć</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Ponów: %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nie ma czego ponowić</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Brak ostatnich projektów</translation>
    </message>
    <message>
        <source>Log file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Plik dziennika</translation>
    </message>
    <message>
        <source>Unexpected errors are written to
%1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nieoczekiwane błędy są zapisywane w
%1</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>%1 added, %2 updated, %3 deleted, %4 restored</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>dodano %1, zaktualizowano %2, usunięto %3, przywrócono %4</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikty</numerusform>
            <numerusform>%n konfliktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n możliwy duplikat</numerusform>
            <numerusform>%n możliwe duplikaty</numerusform>
            <numerusform>%n możliwych duplikatów</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 to review</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 i %2 do przejrzenia</translation>
    </message>
    <message numerus="yes">
        <source>merged %n file(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>scalono %n plik</numerusform>
            <numerusform>scalono %n pliki</numerusform>
            <numerusform>scalono %n plików</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n file(s) already merged</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>pominięto %n plik już scalony</numerusform>
            <numerusform>pominięto %n pliki już scalone</numerusform>
            <numerusform>pominięto %n plików już scalonych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>could not merge %n file(s):</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>nie udało się scalić %n pliku:</numerusform>
            <numerusform>nie udało się scalić %n plików:</numerusform>
            <numerusform>nie udało się scalić %n plików:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nowy projekt</translation>
    </message>
    <message>
        <source>A project is one file on this computer. Choose where it goes and the neighbourhoods it starts with: assets are given the neighbourhood they are in, and a place outside all of them is questioned before it is saved.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Projekt to jeden plik na tym komputerze. Wybierz, gdzie ma się znaleźć i z jakimi okolicami zaczyna: zasoby dostają okolicę, w której leżą, a o miejsce poza wszystkimi okolicami aplikacja zapyta przed zapisaniem.</translation>
    </message>
    <message>
        <source>Project file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Plik projektu</translation>
    </message>
    <message>
        <source>&amp;Project file:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;Plik projektu:</translation>
    </message>
    <message>
        <source>Choose &amp;where…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wybierz &amp;gdzie…</translation>
    </message>
    <message>
        <source>Choose where the project file goes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wybierz, gdzie zapisać plik projektu</translation>
    </message>
    <message>
        <source>Neighbourhoods to start with</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Okolice na początek</translation>
    </message>
    <message>
        <source>Sheffield: 147 neighbourhoods</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Sheffield: 147 okolic</translation>
    </message>
    <message>
        <source>Sheffield: 28 council wards</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Sheffield: 28 okręgów rady miasta</translation>
    </message>
    <message>
        <source>South Yorkshire: 4 districts</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>South Yorkshire: 4 dystrykty</translation>
    </message>
    <message>
        <source>Boundaries from a file of my own</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Granice z mojego własnego pliku</translation>
    </message>
    <message>
        <source>None for now (File → Import adds them later)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Na razie żadne (Plik → Importuj doda je później)</translation>
    </message>
    <message>
        <source>Barnsley, Doncaster, Rotherham and Sheffield</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Barnsley, Doncaster, Rotherham i Sheffield</translation>
    </message>
    <message>
        <source>A .geojson or .gpkg file of areas, for example from your council</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Plik .geojson lub .gpkg z obszarami, na przykład od rady miasta</translation>
    </message>
    <message>
        <source>Boundaries file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Plik granic</translation>
    </message>
    <message>
        <source>The file with your neighbourhoods&apos; shapes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Plik z kształtami twoich okolic</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wybierz &amp;plik…</translation>
    </message>
    <message>
        <source>Choose the boundaries file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wybierz plik granic</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Create project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Utwórz projekt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Neighbourhood Mapper project (*.gpkg)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Projekt Neighbourhood Mapper (*.gpkg)</translation>
    </message>
    <message>
        <source>Boundaries (*.geojson *.json *.gpkg)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Granice (*.geojson *.json *.gpkg)</translation>
    </message>
    <message>
        <source>Give the project file a name.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nadaj plikowi projektu nazwę.</translation>
    </message>
    <message>
        <source>There is already a file with that name there: choose another name (nothing is ever written over).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Jest już tam plik o tej nazwie: wybierz inną nazwę (nic nigdy nie jest nadpisywane).</translation>
    </message>
    <message>
        <source>That folder does not exist: choose where the project goes.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Ten folder nie istnieje: wybierz, gdzie zapisać projekt.</translation>
    </message>
    <message>
        <source>Choose the file with your boundaries, or another choice.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wybierz plik ze swoimi granicami albo inną opcję.</translation>
    </message>
    <message>
        <source>The boundaries file was not found: choose it again.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nie znaleziono pliku granic: wybierz go ponownie.</translation>
    </message>
    <message>
        <source>South Yorkshire: 91 council wards</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>South Yorkshire: 91 okręgów</translation>
    </message>
    <message>
        <source>Sheffield&apos;s wards as drawn in 2016, the other districts&apos; as in 2013</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Okręgi Sheffield w granicach z 2016 roku, pozostałych dystryktów z 2013 roku</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Cancel</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>%1: progress</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: postęp</translation>
    </message>
    <message>
        <source>%1… %2 of %3</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1… %2 z %3</translation>
    </message>
    <message>
        <source>%1…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>the task was cancelled</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zadanie zostało anulowane</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Photos</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zdjęcia</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dodaj zdjęcie…</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dodaj zdjęcie</translation>
    </message>
    <message>
        <source>Choose a photo, or drop image files on this area</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wybierz zdjęcie lub upuść pliki obrazów w tym miejscu</translation>
    </message>
    <message>
        <source>Drop photos here to add them</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Upuść tu zdjęcia, aby je dodać</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zdjęcie %1</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dodaj zdjęcia</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zdjęcia (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Enlarge…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Powiększ…</translation>
    </message>
    <message>
        <source>Enlarge photo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Powiększ zdjęcie</translation>
    </message>
    <message>
        <source>Show the chosen photo large, with its caption (Enter)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Pokaż wybrane zdjęcie w dużym rozmiarze, z podpisem (Enter)</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Usuń zdjęcie</translation>
    </message>
    <message>
        <source>Remove the chosen photo (Delete; Ctrl+Z brings it back)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Usuń wybrane zdjęcie (Delete; Ctrl+Z je przywraca)</translation>
    </message>
    <message>
        <source>Photo removed. Ctrl+Z brings it back.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zdjęcie usunięto. Ctrl+Z je przywraca.</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zdjęcie %1</translation>
    </message>
    <message>
        <source>Caption</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Podpis</translation>
    </message>
    <message>
        <source>What the photo shows (no one&apos;s name without their consent)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Co widać na zdjęciu (bez niczyjego imienia bez zgody tej osoby)</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;Podpis:</translation>
    </message>
    <message>
        <source>File:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Plik:</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>rows will be imported as groups</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>wiersze zostaną zaimportowane jako grupy</translation>
    </message>
    <message>
        <source>only one coordinate column (latitude/longitude or easting/northing) is mapped: rows with coordinates will be skipped</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>przypisano tylko jedną kolumnę współrzędnych (szerokość/długość lub easting/northing): wiersze ze współrzędnymi zostaną pominięte</translation>
    </message>
    <message>
        <source>no coordinates: rows will be placed by postcode</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>brak współrzędnych: wiersze zostaną umieszczone według kodu pocztowego</translation>
    </message>
    <message>
        <source>no coordinates or postcode: rows will be added without a place on the map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>brak współrzędnych i kodu pocztowego: wiersze zostaną dodane bez miejsca na mapie</translation>
    </message>
    <message>
        <source>Easting/Northing (British National Grid) will be converted to latitude/longitude</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Easting/Northing (brytyjska siatka krajowa) zostaną przeliczone na szerokość/długość</translation>
    </message>
    <message>
        <source>the latitude/longitude columns hold British National Grid metres: they will be converted</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>kolumny szerokości/długości zawierają metry brytyjskiej siatki krajowej: zostaną przeliczone</translation>
    </message>
    <message>
        <source>holds no polygons: its features will be skipped (only polygons are boundaries)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie zawiera wielokątów: jego obiekty zostaną pominięte (granice to tylko wielokąty)</translation>
    </message>
    <message>
        <source>holds polygons: each becomes an asset at a point inside it, unless they are neighbourhood boundaries</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zawiera wielokąty: każdy stanie się zasobem w punkcie wewnątrz, chyba że to granice okolic</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Care needs are encrypted with a passphrase you choose now. The passphrase is never stored anywhere: if it is lost, the care needs in this project cannot be recovered by anyone, including us. Write it down and keep it somewhere safe, away from this laptop.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Potrzeby opiekuńcze są szyfrowane hasłem, które wybierasz teraz. Hasło nie jest nigdzie przechowywane: jeśli przepadnie, nikt, także my, nie odzyska potrzeb opiekuńczych z tego projektu. Zapisz je i trzymaj w bezpiecznym miejscu, z dala od tego laptopa.</translation>
    </message>
    <message>
        <source>care needs are locked; unlock them with the project passphrase first</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>potrzeby opiekuńcze są zablokowane; najpierw odblokuj je hasłem projektu</translation>
    </message>
    <message>
        <source>the passphrase must be at least %1 characters long</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>hasło musi mieć co najmniej %1 znaków</translation>
    </message>
    <message>
        <source>already has a care-needs passphrase</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ma już hasło do potrzeb opiekuńczych</translation>
    </message>
    <message>
        <source>the care-needs settings in this file are damaged</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ustawienia potrzeb opiekuńczych w tym pliku są uszkodzone</translation>
    </message>
    <message>
        <source>the care-needs passphrase is wrong</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>hasło do potrzeb opiekuńczych jest błędne</translation>
    </message>
    <message>
        <source>has no care-needs passphrase yet; set one first</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie ma jeszcze hasła do potrzeb opiekuńczych; najpierw je ustaw</translation>
    </message>
    <message>
        <source>care needs are locked; give the passphrase (--passphrase-file)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>potrzeby opiekuńcze są zablokowane; podaj hasło (--passphrase-file)</translation>
    </message>
    <message>
        <source>a sealed care-need value is damaged</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zapieczętowana wartość potrzeby opiekuńczej jest uszkodzona</translation>
    </message>
    <message>
        <source>this care need was sealed to another coordinator&apos;s key; it cannot be opened here</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ta potrzeba opiekuńcza została zapieczętowana kluczem innego koordynatora; nie można jej tu otworzyć</translation>
    </message>
    <message>
        <source>a care need&apos;s %1 does not open: the file was changed or damaged</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>pole %1 potrzeby opiekuńczej się nie otwiera: plik został zmieniony lub uszkodzony</translation>
    </message>
    <message>
        <source>a care need&apos;s %1 does not open with this project&apos;s passphrase (sealed by another project, or damaged)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>pole %1 potrzeby opiekuńczej nie otwiera się hasłem tego projektu (zapieczętowane w innym projekcie lub uszkodzone)</translation>
    </message>
    <message>
        <source>this care need was sealed to the coordinator&apos;s key; only the coordinator can open it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ta potrzeba opiekuńcza została zapieczętowana kluczem koordynatora; otworzyć ją może tylko koordynator</translation>
    </message>
    <message>
        <source>the passphrase is wrong</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>hasło jest nieprawidłowe</translation>
    </message>
    <message>
        <source>care needs are locked; unlock them to export them for the coordinator</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>potrzeby opiekuńcze są zablokowane; odblokuj je, aby wyeksportować je dla koordynatora</translation>
    </message>
    <message>
        <source>already has coordinator keys; replacing them would lose access to care needs sealed to the old key</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ma już klucze koordynatora; ich zastąpienie odebrałoby dostęp do potrzeb zapieczętowanych starym kluczem</translation>
    </message>
    <message>
        <source>has no coordinator keys yet; make them first</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie ma jeszcze kluczy koordynatora; najpierw je utwórz</translation>
    </message>
    <message>
        <source>coordinator key file not found</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie znaleziono pliku klucza koordynatora</translation>
    </message>
    <message>
        <source>cannot read the coordinator key file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie można odczytać pliku klucza koordynatora</translation>
    </message>
    <message>
        <source>is not a Neighbourhood Mapper coordinator public key file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie jest plikiem klucza publicznego koordynatora Neighbourhood Mapper</translation>
    </message>
    <message>
        <source>the coordinator key in this file is damaged</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>klucz koordynatora w tym pliku jest uszkodzony</translation>
    </message>
    <message>
        <source>care needs are only stored encrypted: give a passphrase (--passphrase-file)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>potrzeby opiekuńcze są przechowywane tylko zaszyfrowane: podaj hasło (--passphrase-file)</translation>
    </message>
    <message>
        <source>another program has the project open, so care needs written before the passphrase may still be readable in its -wal file; close it and set the passphrase again</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>inny program ma otwarty projekt, więc potrzeby zapisane przed ustawieniem hasła mogą być nadal czytelne w jego pliku -wal; zamknij go i ustaw hasło ponownie</translation>
    </message>
    <message>
        <source>care needs are only stored encrypted: set a care-needs passphrase first</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>potrzeby opiekuńcze są przechowywane tylko zaszyfrowane: najpierw ustaw hasło do potrzeb opiekuńczych</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Neighbourhood profile</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Profil okolicy</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;Obszar:</translation>
    </message>
    <message>
        <source>Area</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Obszar</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dzielnica: %1</translation>
    </message>
    <message>
        <source>Ward: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Okręg: %1</translation>
    </message>
    <message>
        <source>The whole map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Cała mapa</translation>
    </message>
    <message>
        <source>%1: %2 and %3.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: %2 i %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n zasób</numerusform>
            <numerusform>%n zasoby</numerusform>
            <numerusform>%n zasobów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n grupa</numerusform>
            <numerusform>%n grupy</numerusform>
            <numerusform>%n grup</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets by kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasoby według rodzaju</translation>
    </message>
    <message>
        <source>Assets by principle</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasoby według zasady</translation>
    </message>
    <message>
        <source>Open when</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kiedy otwarte</translation>
    </message>
    <message>
        <source>Monday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Poniedziałek</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wtorek</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Środa</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Czwartek</translation>
    </message>
    <message>
        <source>Friday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Piątek</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Sobota</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Niedziela</translation>
    </message>
    <message>
        <source>Assets open each day</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasoby otwarte w poszczególne dni</translation>
    </message>
    <message>
        <source>%1 give days and hours; %2 give their opening times in words.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 podaje dni i godziny; %2 opisuje godziny otwarcia słowami.</translation>
    </message>
    <message>
        <source>%1: none recorded</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: brak wpisów</translation>
    </message>
    <message>
        <source>%1: fewer than half the city&apos;s average</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: mniej niż połowa średniej miasta</translation>
    </message>
    <message>
        <source>Gaps against the city</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Luki w porównaniu z miastem</translation>
    </message>
    <message>
        <source>No gaps against the city.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Brak luk w porównaniu z miastem.</translation>
    </message>
    <message>
        <source>Changed in the last %1 days (%2)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zmienione w ostatnich %1 dniach (%2)</translation>
    </message>
    <message>
        <source>%1 (changed %2)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 (zmieniono %2)</translation>
    </message>
    <message>
        <source>Nothing changed recently.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Ostatnio nic się nie zmieniło.</translation>
    </message>
    <message>
        <source>never</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>Not checked for 12 months (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Niesprawdzane od 12 miesięcy (%1)</translation>
    </message>
    <message>
        <source>%1 (last checked %2)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 (ostatnio sprawdzono %2)</translation>
    </message>
    <message>
        <source>Every asset was checked in the last 12 months.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Każdy zasób sprawdzono w ostatnich 12 miesiącach.</translation>
    </message>
    <message>
        <source>Groups (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Grupy (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No groups serve this area yet.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Żadna grupa nie działa jeszcze na tym obszarze.</translation>
    </message>
    <message>
        <source>Care needs (private: coordinator only)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Potrzeby opiekuńcze (prywatne: tylko koordynator)</translation>
    </message>
    <message>
        <source>Unlock care needs to see their counts here.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Odblokuj potrzeby opiekuńcze, aby zobaczyć tu ich liczby.</translation>
    </message>
    <message>
        <source>Care needs recorded (suppressed counts)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zapisane potrzeby opiekuńcze (liczby ukryte)</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>All neighbourhoods</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wszystkie okolice</translation>
    </message>
    <message>
        <source>All needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wszystkie potrzeby</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Pokaż szczegóły...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Ukryj szczegóły...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Apply</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <source>Reset</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Resetuj</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;Tak</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;Nie</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Not saved. Fix it, or press Esc to put back the saved value.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nie zapisano. Popraw to albo naciśnij Esc, aby przywrócić zapisaną wartość.</translation>
    </message>
    <message>
        <source>%1: problem</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: problem</translation>
    </message>
    <message>
        <source>%1:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>The new asset was not saved</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nowy zasób nie został zapisany</translation>
    </message>
    <message>
        <source>The new group was not saved</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nowa grupa nie została zapisana</translation>
    </message>
    <message>
        <source>Not saved in “%1”: %2. Open it again to fix it; what you typed is still there.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nie zapisano w „%1”: %2. Otwórz ponownie, aby poprawić; to, co wpisano, nadal tam jest.</translation>
    </message>
    <message>
        <source>the record</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>rekord</translation>
    </message>
    <message>
        <source>New asset</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nowy zasób</translation>
    </message>
    <message>
        <source>New group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nowa grupa</translation>
    </message>
    <message>
        <source>Give the asset a name and it is saved at once. Every change after that is saved as you leave the field (Ctrl+Z undoes it).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nadaj zasobowi nazwę, a zostanie od razu zapisany. Każda dalsza zmiana zapisuje się po opuszczeniu pola (Ctrl+Z ją cofa).</translation>
    </message>
    <message>
        <source>Give the group a name and it is saved at once. Every change after that is saved as you leave the field (Ctrl+Z undoes it).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nadaj grupie nazwę, a zostanie od razu zapisana. Każda dalsza zmiana zapisuje się po opuszczeniu pola (Ctrl+Z ją cofa).</translation>
    </message>
    <message>
        <source>Unnamed asset</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasób bez nazwy</translation>
    </message>
    <message>
        <source>Unnamed group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Grupa bez nazwy</translation>
    </message>
    <message>
        <source>Saved. Changes are saved as you leave each field.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zapisano. Zmiany zapisują się po opuszczeniu każdego pola.</translation>
    </message>
    <message>
        <source>change %1 of “%2”</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zmiana %1 w „%2”</translation>
    </message>
    <message>
        <source>Give the record a name first; then add photos.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Najpierw nadaj rekordowi nazwę, potem dodaj zdjęcia.</translation>
    </message>
    <message>
        <source>add the photo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>dodać zdjęcia</translation>
    </message>
    <message>
        <source>Read-only file: this record can be read here, not changed.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Plik tylko do odczytu: ten rekord można tu czytać, ale nie zmieniać.</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Search assets (name, description, address, postcode)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Szukaj zasobów (nazwa, opis, adres, kod pocztowy)</translation>
    </message>
    <message>
        <source>Search groups (name, description, address, postcode)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Szukaj grup (nazwa, opis, adres, kod pocztowy)</translation>
    </message>
    <message>
        <source>Search assets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Szukaj zasobów</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Szukaj grup</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wyczyść wyszukiwanie</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Filtruj według rodzaju</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dowolny rodzaj</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Filtruj według kategorii</translation>
    </message>
    <message>
        <source>Any category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dowolna kategoria</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Filtruj według stanu</translation>
    </message>
    <message>
        <source>Any status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dowolny stan</translation>
    </message>
    <message>
        <source>Not checked for a year</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Niesprawdzane od roku</translation>
    </message>
    <message>
        <source>Only records not checked for 12 months</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Tylko rekordy niesprawdzane od 12 miesięcy</translation>
    </message>
    <message>
        <source>Number of assets shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Liczba pokazanych zasobów</translation>
    </message>
    <message>
        <source>Number of groups shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Liczba pokazanych grup</translation>
    </message>
    <message>
        <source>Assets list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Lista zasobów</translation>
    </message>
    <message>
        <source>Groups list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Lista grup</translation>
    </message>
    <message>
        <source>Assets column headings</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nagłówki kolumn zasobów</translation>
    </message>
    <message>
        <source>Groups column headings</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nagłówki kolumn grup</translation>
    </message>
    <message>
        <source>Assets rows</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wiersze zasobów</translation>
    </message>
    <message>
        <source>Groups rows</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wiersze grup</translation>
    </message>
    <message>
        <source>Select all assets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zaznacz wszystkie zasoby</translation>
    </message>
    <message>
        <source>Select all groups</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zaznacz wszystkie grupy</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n zasób</numerusform>
            <numerusform>%n zasoby</numerusform>
            <numerusform>%n zasobów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n grupa</numerusform>
            <numerusform>%n grupy</numerusform>
            <numerusform>%n grup</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the filters</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Pokaż filtry</translation>
    </message>
    <message numerus="yes">
        <source>Filters (%n on)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>Filtry (%n włączony)</numerusform>
            <numerusform>Filtry (%n włączone)</numerusform>
            <numerusform>Filtry (%n włączonych)</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Filtry</translation>
    </message>
    <message>
        <source>Hide the filters</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Ukryj filtry</translation>
    </message>
    <message numerus="yes">
        <source>%n or more asset(s) shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n lub więcej zasobów</numerusform>
            <numerusform>%n lub więcej zasobów</numerusform>
            <numerusform>%n lub więcej zasobów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n or more group(s) shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n lub więcej grup</numerusform>
            <numerusform>%n lub więcej grup</numerusform>
            <numerusform>%n lub więcej grup</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Okolica</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Ostatnio sprawdzone</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Selected asset: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wybrany zasób: %1</translation>
    </message>
    <message>
        <source>Outside every neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Poza wszystkimi okolicami</translation>
    </message>
    <message>
        <source>“%1” is placed outside all %2 neighbourhoods of this project. Is that the right place?</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>„%1” leży poza wszystkimi %2 okolicami tego projektu. Czy to właściwe miejsce?</translation>
    </message>
    <message>
        <source>Yes, save it here</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Tak, zapisz tutaj</translation>
    </message>
    <message>
        <source>No, let me place it again</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nie, umieszczę go ponownie</translation>
    </message>
    <message>
        <source>Not saved yet: click the map or find a postcode to place it.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Jeszcze nie zapisano: kliknij mapę lub znajdź kod pocztowy, aby go umieścić.</translation>
    </message>
    <message>
        <source>A similar asset is nearby</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>W pobliżu jest podobny zasób</translation>
    </message>
    <message>
        <source>“%1” is %2 m away. Is “%3” a different asset?</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>„%1” jest %2 m stąd. Czy „%3” to inny zasób?</translation>
    </message>
    <message>
        <source>Add it anyway</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dodaj mimo to</translation>
    </message>
    <message>
        <source>Show the existing one</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Pokaż istniejący</translation>
    </message>
    <message>
        <source>The new record was not saved.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nowy rekord nie został zapisany.</translation>
    </message>
    <message>
        <source>Deleted “%1”. Ctrl+Z brings it back.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Usunięto „%1”. Ctrl+Z go przywraca.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zapisano o %1</translation>
    </message>
    <message>
        <source>move “%1”</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>przesunięcie „%1”</translation>
    </message>
    <message>
        <source>Click the map where the new asset is (Esc or Ctrl+Shift+A to stop).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kliknij mapę tam, gdzie jest nowy zasób (Esc lub Ctrl+Shift+A, aby przerwać).</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>(empty)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>(%1 bytes, sealed or geometry)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(%1 bajtów, zapieczętowane lub geometria)</translation>
    </message>
    <message>
        <source>you (this map)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ty (ta mapa)</translation>
    </message>
    <message>
        <source>another laptop</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>inny laptop</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review merged changes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Przegląd scalonych zmian</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Konflikty</translation>
    </message>
    <message>
        <source>Conflict details</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Szczegóły konfliktu</translation>
    </message>
    <message>
        <source>Value</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Who wrote it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kto to zapisał</translation>
    </message>
    <message>
        <source>Before both edits</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Przed obiema zmianami</translation>
    </message>
    <message>
        <source>In the map now</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Teraz na mapie</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Niezachowana</translation>
    </message>
    <message>
        <source>Keep the value in the map now</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zachowaj wartość, która jest teraz na mapie</translation>
    </message>
    <message>
        <source>Use the value not kept</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Użyj niezachowanej wartości</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Restore the record</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Przywróć rekord</translation>
    </message>
    <message>
        <source>Select all from this file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zaznacz wszystkie z tego pliku</translation>
    </message>
    <message>
        <source>Select all of this field</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zaznacz wszystkie z tego pola</translation>
    </message>
    <message>
        <source>Possible duplicates list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Lista możliwych duplikatów</translation>
    </message>
    <message>
        <source>Pair details</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Szczegóły pary</translation>
    </message>
    <message>
        <source>Field</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Record A (kept)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Rekord A (zachowany)</translation>
    </message>
    <message>
        <source>Record B</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Rekord B</translation>
    </message>
    <message>
        <source>Merge (keep A, B is replaced by A)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Scal (zostaw A, B zastąpi A)</translation>
    </message>
    <message>
        <source>Not the same</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>To nie to samo</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Możliwe duplikaty</translation>
    </message>
    <message>
        <source>Undo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Redo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Scroll tabs left</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Przewiń karty w lewo</translation>
    </message>
    <message>
        <source>Scroll tabs right</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Przewiń karty w prawo</translation>
    </message>
    <message>
        <source>%1 edited after the record was deleted</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 zmieniono po usunięciu rekordu</translation>
    </message>
    <message>
        <source>asset</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zasób</translation>
    </message>
    <message>
        <source>group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>grupa</translation>
    </message>
    <message>
        <source>neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>okolica</translation>
    </message>
    <message>
        <source>care need</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>potrzeba opiekuńcza</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Konflikty (%1)</translation>
    </message>
    <message>
        <source>Possible duplicates (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Możliwe duplikaty (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikty</numerusform>
            <numerusform>%n konfliktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n możliwy duplikat</numerusform>
            <numerusform>%n możliwe duplikaty</numerusform>
            <numerusform>%n możliwych duplikatów</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” (deleted)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>„%1” (usunięty)</translation>
    </message>
    <message>
        <source>record deleted</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>rekord usunięty</translation>
    </message>
    <message>
        <source>as this map last had it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>tak, jak ta mapa miała ostatnio</translation>
    </message>
    <message numerus="yes">
        <source>resolve %n conflict(s) (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>rozstrzygnięcie %n konfliktu (%1)</numerusform>
            <numerusform>rozstrzygnięcie %n konfliktów (%1)</numerusform>
            <numerusform>rozstrzygnięcie %n konfliktów (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit value</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Edytuj wartość</translation>
    </message>
    <message>
        <source>merge duplicate pair</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>scalenie pary duplikatów</translation>
    </message>
    <message>
        <source>not the same</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>to nie to samo</translation>
    </message>
    <message>
        <source>locked</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zablokowane</translation>
    </message>
    <message>
        <source>sealed to another key</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zapieczętowane innym kluczem</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Język</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Domyślny systemu (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>A new language applies at once: the window opens again in it, on the same project. Everything you entered is already saved; only Undo starts afresh. Names and other recorded text stay exactly as they were typed.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nowy język działa od razu: okno otwiera się ponownie w tym języku, z tym samym projektem. Wszystko, co wpisano, jest już zapisane; tylko historia cofania zaczyna się od nowa. Nazwy i inne zapisane teksty pozostają dokładnie takie, jak je wpisano.</translation>
    </message>
</context>
<context>
    <name>Shading</name>
    <message>
        <source>All assets (per neighbourhood)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wszystkie zasoby (na okolicę)</translation>
    </message>
    <message>
        <source>Share not checked for 12 months (%)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Odsetek niesprawdzanych od 12 miesięcy (%)</translation>
    </message>
    <message>
        <source>Gaps against the city (kinds missing)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Luki w porównaniu z miastem (brakujące rodzaje)</translation>
    </message>
    <message>
        <source>Assets: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasoby: %1</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 lub więcej</translation>
    </message>
</context>
<context>
    <name>Site</name>
    <message>
        <source>Map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>List of assets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Lista zasobów</translation>
    </message>
    <message>
        <source>Neighbourhoods</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Okolice</translation>
    </message>
    <message>
        <source>About and credits</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>O stronie i podziękowania</translation>
    </message>
    <message>
        <source>Skip to main content</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Przejdź do głównej treści</translation>
    </message>
    <message>
        <source>Site</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Strona</translation>
    </message>
    <message>
        <source>Open data: boundaries © Data For Action (CC BY 4.0) and © OpenStreetMap contributors (ODbL); wards and postcodes contain OS data © Crown copyright and database right.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Otwarte dane: granice © Data For Action (CC BY 4.0) i © OpenStreetMap contributors (ODbL); okręgi i kody pocztowe zawierają OS data © Crown copyright and database right.</translation>
    </message>
    <message>
        <source>All credits and licences</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wszystkie podziękowania i licencje</translation>
    </message>
    <message>
        <source>Neighbourhood boundaries</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Granice okolic</translation>
    </message>
    <message>
        <source>Ward boundaries</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Granice okręgów</translation>
    </message>
    <message>
        <source>Postcode search</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wyszukiwanie po kodzie pocztowym</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Biblioteki</translation>
    </message>
    <message>
        <source>Map software</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Oprogramowanie mapy</translation>
    </message>
    <message>
        <source>see web/*/LICENSE</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zobacz web/*/LICENSE</translation>
    </message>
    <message>
        <source>Boundaries © Data For Action, © OpenStreetMap contributors</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Granice © Data For Action, © OpenStreetMap contributors</translation>
    </message>
    <message>
        <source>%1 assets: zoom in</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasoby: %1 – przybliż</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <source>%1 m away</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 m stąd</translation>
    </message>
    <message>
        <source>principle %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zasada %1</translation>
    </message>
    <message>
        <source>Postcode %1 is not known here.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kod pocztowy %1 nie jest tu znany.</translation>
    </message>
    <message>
        <source>Nearest assets to %1%2: %3 shown.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasoby najbliżej %1%2: pokazano %3.</translation>
    </message>
    <message>
        <source>%1 assets match “%2”%3; the first 20 are listed.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasoby pasujące do „%2”%3: %1; wymieniono pierwsze 20.</translation>
    </message>
    <message>
        <source>%1 assets match “%2”%3.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasoby pasujące do „%2”%3: %1.</translation>
    </message>
    <message>
        <source>%1 assets on the map%2.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasoby na mapie%2: %1.</translation>
    </message>
    <message>
        <source>The map data could not be loaded (%1).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nie udało się wczytać danych mapy (%1).</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>%1 assets, page %2 of %3</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasoby: %1, strona %2 z %3</translation>
    </message>
    <message>
        <source>Assets nearest to %1%2, nearest first.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasoby najbliżej %1%2, od najbliższego.</translation>
    </message>
    <message>
        <source>%1 assets%2.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasoby%2: %1.</translation>
    </message>
    <message>
        <source>The list could not be loaded (%1).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nie udało się wczytać listy (%1).</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wszystkie rodzaje</translation>
    </message>
    <message>
        <source>All principles</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wszystkie zasady</translation>
    </message>
    <message>
        <source>Find assets on the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Znajdź zasoby na liście</translation>
    </message>
    <message>
        <source>Find assets on the map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Znajdź zasoby na mapie</translation>
    </message>
    <message>
        <source>Search by name, category or postcode</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Szukaj po nazwie, kategorii lub kodzie pocztowym</translation>
    </message>
    <message>
        <source>For example: library, coffee morning or S10 1TD</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Na przykład: biblioteka, poranna kawa lub S10 1TD</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>All categories</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wszystkie kategorie</translation>
    </message>
    <message>
        <source>Principle</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasada</translation>
    </message>
    <message>
        <source>Search</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Clear</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>No shading</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Bez cieniowania</translation>
    </message>
    <message>
        <source>Places, groups and help in your neighbourhood, recorded by Citizen Mappers.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Miejsca, grupy i pomoc w Twojej okolicy, zapisane przez Citizen Mappers.</translation>
    </message>
    <message>
        <source>Map of assets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Mapa zasobów</translation>
    </message>
    <message>
        <source>Results</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>Use the arrow keys to move the map and + or - to zoom once the map has focus. Every asset is also in the list of assets.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Gdy mapa jest aktywna, przesuwaj ją strzałkami, a + lub - przybliżaj i oddalaj. Każdy zasób jest też na liście zasobów.</translation>
    </message>
    <message>
        <source>Shade neighbourhoods</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Cieniuj okolice</translation>
    </message>
    <message>
        <source>Shade neighbourhoods by</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Cieniuj okolice według</translation>
    </message>
    <message>
        <source>Every published asset, in name order. Search and filter as on the map; each name opens the asset&apos;s page.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Każdy opublikowany zasób, w kolejności nazw. Szukaj i filtruj jak na mapie; każda nazwa otwiera stronę zasobu.</translation>
    </message>
    <message>
        <source>Assets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasoby</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Okolica</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Pages of the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Strony listy</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Poprzednia strona</translation>
    </message>
    <message>
        <source>Next page</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Następna strona</translation>
    </message>
    <message>
        <source>The list needs JavaScript; every asset also has its own page, linked from the neighbourhood profiles.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Lista wymaga JavaScriptu; każdy zasób ma też własną stronę, do której prowadzą profile okolic.</translation>
    </message>
    <message>
        <source>About this map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>O tej mapie</translation>
    </message>
    <message>
        <source>Neighbourhoods of Care maps what helps people look after each other: shared spaces, groups and activities, shared skills and resources, everyday help and services. Citizen Mappers record them; a coordinator checks them and publishes only what each asset has agreed may be published.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhoods of Care mapuje to, co pomaga ludziom troszczyć się o siebie nawzajem: wspólne przestrzenie, grupy i zajęcia, wspólne umiejętności i zasoby, codzienną pomoc i usługi. Zapisują je Citizen Mappers; koordynator je sprawdza i publikuje tylko to, na co dany zasób się zgodził.</translation>
    </message>
    <message>
        <source>Nothing personal is published: no care needs, and no mapper&apos;s name.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nic osobistego nie jest publikowane: żadne potrzeby opieki ani nazwisko żadnego mapera.</translation>
    </message>
    <message>
        <source>The kinds of asset</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Rodzaje zasobów</translation>
    </message>
    <message>
        <source>Neighbourhoods of Care principles</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasady Neighbourhoods of Care</translation>
    </message>
    <message>
        <source>Credits and licences</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Podziękowania i licencje</translation>
    </message>
    <message>
        <source>Open data and software used by this site</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Otwarte dane i oprogramowanie używane przez tę stronę</translation>
    </message>
    <message>
        <source>What</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Co</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Licence</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Licencja</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Uznanie autorstwa</translation>
    </message>
    <message>
        <source>The same assets are also published as Open Referral UK data, for service directories and social-prescribing platforms.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Te same zasoby są też publikowane jako dane Open Referral UK, dla katalogów usług i platform preskrypcji społecznej.</translation>
    </message>
    <message>
        <source>Profile of the whole map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Profil całej mapy</translation>
    </message>
    <message>
        <source>(every neighbourhood together)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(wszystkie okolice razem)</translation>
    </message>
    <message>
        <source>Neighbourhoods without a ward</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Okolice bez okręgu</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Stan</translation>
    </message>
    <message>
        <source>About</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Cost</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dla kogo</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dostępność</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <source>Principles</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasady</translation>
    </message>
    <message>
        <source>Run by</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Prowadzi</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Ostatnio sprawdzono</translation>
    </message>
    <message>
        <source>Map showing where it is</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Mapa pokazująca, gdzie to jest</translation>
    </message>
    <message>
        <source>Back to the map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Powrót do mapy</translation>
    </message>
    <message>
        <source>Ward</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Okręg</translation>
    </message>
    <message>
        <source>District</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dzielnica</translation>
    </message>
    <message>
        <source>%1 profile</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Neighbourhood profile</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Profil okolicy</translation>
    </message>
    <message>
        <source>Ward profile</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Profil okręgu</translation>
    </message>
    <message>
        <source>District profile</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Profil dzielnicy</translation>
    </message>
    <message>
        <source>Monday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Poniedziałek</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wtorek</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Środa</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Czwartek</translation>
    </message>
    <message>
        <source>Friday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Piątek</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Sobota</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Niedziela</translation>
    </message>
    <message>
        <source>changed</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zmieniono</translation>
    </message>
    <message>
        <source>last checked</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ostatnio sprawdzono</translation>
    </message>
    <message>
        <source>%1 published assets and %2 groups.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Opublikowane zasoby: %1, grupy: %2.</translation>
    </message>
    <message>
        <source>Assets by kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasoby według rodzaju</translation>
    </message>
    <message>
        <source>Assets by Neighbourhoods of Care principle</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasoby według zasady Neighbourhoods of Care</translation>
    </message>
    <message>
        <source>Assets by principle (an asset can support several)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasoby według zasady (zasób może wspierać kilka)</translation>
    </message>
    <message>
        <source>Opening times of %1 assets could be read as days and hours; %2 give them in words (see each asset&apos;s page).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Godziny otwarcia %1 zasobów dało się odczytać jako dni i godziny; %2 podaje je słowami (zobacz stronę każdego zasobu).</translation>
    </message>
    <message>
        <source>Open when</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kiedy otwarte</translation>
    </message>
    <message>
        <source>Assets open on each day of the week</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasoby otwarte w poszczególne dni tygodnia</translation>
    </message>
    <message>
        <source>Day</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Assets open</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Otwarte zasoby</translation>
    </message>
    <message>
        <source>%1: none recorded</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: brak zapisanych</translation>
    </message>
    <message>
        <source>%1: fewer than half the city&apos;s average</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: mniej niż połowa średniej miasta</translation>
    </message>
    <message>
        <source>No gaps against the city: every kind of asset is recorded here at least at half the city&apos;s rate.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Brak luk względem miasta: każdy rodzaj zasobu jest tu zapisany co najmniej w połowie miejskiej częstości.</translation>
    </message>
    <message>
        <source>Gaps against the city</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Luki względem miasta</translation>
    </message>
    <message>
        <source>Changed in the last %1 days (%2)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zmienione w ciągu ostatnich %1 dni (%2)</translation>
    </message>
    <message>
        <source>Nothing changed recently.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Ostatnio nic się nie zmieniło.</translation>
    </message>
    <message>
        <source>Not checked for 12 months (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Niesprawdzane od 12 miesięcy (%1)</translation>
    </message>
    <message>
        <source>Every asset has been checked in the last 12 months.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Każdy zasób sprawdzono w ciągu ostatnich 12 miesięcy.</translation>
    </message>
    <message>
        <source>Groups serving this area</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Grupy działające na tym obszarze</translation>
    </message>
    <message>
        <source>Group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>No published groups serve this area yet.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Żadna opublikowana grupa nie działa jeszcze na tym obszarze.</translation>
    </message>
    <message>
        <source>Groups (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Grupy (%1)</translation>
    </message>
    <message>
        <source>Neighbourhoods in this area</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Okolice na tym obszarze</translation>
    </message>
    <message>
        <source>Wards</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Okręgi</translation>
    </message>
    <message>
        <source>%1 ward</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Okręg %1</translation>
    </message>
    <message>
        <source>and %1 more.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>i %1 więcej.</translation>
    </message>
    <message>
        <source>Part of</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Część</translation>
    </message>
    <message>
        <source>Print this profile</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Drukuj ten profil</translation>
    </message>
    <message>
        <source>The list of assets shows the same as a table.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Lista zasobów pokazuje to samo w tabeli.</translation>
    </message>
    <message>
        <source>The whole map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Cała mapa</translation>
    </message>
    <message>
        <source>never</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>Neighbourhoods of Care: community assets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhoods of Care: zasoby społeczności</translation>
    </message>
    <message>
        <source>District boundaries; Barnsley, Doncaster and Rotherham ward boundaries (2013)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Granice dzielnic; granice okręgów Barnsley, Doncaster i Rotherham (2013)</translation>
    </message>
    <message>
        <source>Service types in the Open Referral UK data</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Rodzaje usług w danych Open Referral UK</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Cała mapa</translation>
    </message>
    <message>
        <source>Whole map profile</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Profil całej mapy</translation>
    </message>
    <message>
        <source>Districts</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dzielnice</translation>
    </message>
</context>
<context>
    <name>Smoke</name>
    <message>
        <source>smoke test passed: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>test dymny zaliczony: %1</translation>
    </message>
    <message>
        <source>smoke test FAILED: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>test dymny NIEUDANY: %1</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>wysłano %n zmianę</numerusform>
            <numerusform>wysłano %n zmiany</numerusform>
            <numerusform>wysłano %n zmian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>odebrano %n</numerusform>
            <numerusform>odebrano %n</numerusform>
            <numerusform>odebrano %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n konflikt do przejrzenia</numerusform>
            <numerusform>%n konflikty do przejrzenia</numerusform>
            <numerusform>%n konfliktów do przejrzenia</numerusform>
        </translation>
    </message>
    <message>
        <source>synced with %1: %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zsynchronizowano z %1: %2</translation>
    </message>
    <message>
        <source>sync cancelled; what was already sent or received is complete, the rest follows next time</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>synchronizację anulowano; to, co już wysłano lub odebrano, jest kompletne, reszta następnym razem</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>S&amp;ynchronizuj…</translation>
    </message>
    <message>
        <source>Send your changes to the shared folder or central map and get everyone else&apos;s</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wyślij swoje zmiany do wspólnego folderu lub na mapę centralną i pobierz zmiany wszystkich innych</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Ostatnia synchronizacja</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Ostatnia synchronizacja: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Jeszcze nie zsynchronizowano</translation>
    </message>
    <message>
        <source>Sync with</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Synchronizuj z</translation>
    </message>
    <message>
        <source>A shared folder (for example on a USB stick or OneDrive), or the central map&apos;s server (postgresql://user@host/db or a service name). No password here: see the README.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wspólny folder (na przykład na pendrive lub w OneDrive) albo serwer mapy centralnej (postgresql://user@host/db lub nazwa usługi). Bez hasła tutaj: zobacz README.</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Synchronizowanie</translation>
    </message>
    <message>
        <source>cannot reach the central map (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie można połączyć się z mapą centralną (%1)</translation>
    </message>
    <message>
        <source>this server has no published view (run &apos;mapper server init&apos; first)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ten serwer nie ma widoku publicznego (najpierw uruchom &apos;mapper server init&apos;)</translation>
    </message>
    <message>
        <source>no sync target yet: give a folder or a postgresql:// address once</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>brak celu synchronizacji: podaj raz folder lub adres postgresql://</translation>
    </message>
    <message>
        <source>the sync folder is not there (plug in the stick or connect the drive)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>folderu synchronizacji nie ma (podłącz pendrive lub dysk)</translation>
    </message>
    <message>
        <source>cannot set up the schema (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie można przygotować schematu (%1)</translation>
    </message>
    <message>
        <source>cannot connect to the server (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie można połączyć się z serwerem (%1)</translation>
    </message>
    <message>
        <source>a password must not be part of the target; put it in ~/.pgpass, a libpq service file or PGPASSWORD (see the README)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>hasło nie może być częścią celu; umieść je w ~/.pgpass, pliku usług libpq lub PGPASSWORD (zobacz README)</translation>
    </message>
    <message>
        <source>the server has no Neighbourhood Mapper schema yet; run: mapper server init DSN</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>serwer nie ma jeszcze schematu Neighbourhood Mapper; uruchom: mapper server init DSN</translation>
    </message>
    <message>
        <source>the server kept changing while this laptop synced; try again in a minute</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>serwer zmieniał się podczas synchronizacji tego laptopa; spróbuj ponownie za minutę</translation>
    </message>
    <message>
        <source>sync</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>zsynchronizować</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>is %1 characters long; the most allowed is %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ma %1 znaków; dozwolone jest najwyżej %2</translation>
    </message>
    <message>
        <source>should be a date like 2025-03-31</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>powinno być datą, np. 2025-03-31</translation>
    </message>
    <message>
        <source>should be a longitude and latitude</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>powinno być długością i szerokością geograficzną</translation>
    </message>
    <message>
        <source>is not a place on Earth (longitude -180..180, latitude -90..90)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>to nie jest miejsce na Ziemi (długość -180..180, szerokość -90..90)</translation>
    </message>
    <message>
        <source>Please give the asset a name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nadaj zasobowi nazwę</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of asset; choose one from the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&apos;%1&apos; nie jest rodzajem zasobu; wybierz z listy</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a category; choose one from the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&apos;%1&apos; nie jest kategorią; wybierz z listy</translation>
    </message>
    <message>
        <source>should be active, temporarily closed or closed</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>powinno być: działa, tymczasowo zamknięte lub zamknięte</translation>
    </message>
    <message>
        <source>unknown principle %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nieznana zasada %1</translation>
    </message>
    <message>
        <source>does not look like a UK postcode (for example S1 2BJ)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie wygląda na brytyjski kod pocztowy (np. S1 2BJ)</translation>
    </message>
    <message>
        <source>does not look like a web address</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie wygląda na adres strony</translation>
    </message>
    <message>
        <source>does not look like an email address</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nie wygląda na adres e-mail</translation>
    </message>
    <message>
        <source>Please give the group a name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nadaj grupie nazwę</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a type of group; choose one from the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&apos;%1&apos; nie jest typem grupy; wybierz z listy</translation>
    </message>
    <message>
        <source>Consent must be recorded (who recorded it and when) before a care need is saved</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Przed zapisaniem potrzeby opiekuńczej trzeba zapisać zgodę (kto i kiedy)</translation>
    </message>
    <message>
        <source>Choose at least one need</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wybierz co najmniej jedną potrzebę</translation>
    </message>
    <message>
        <source>choose an age band from the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>wybierz przedział wieku z listy</translation>
    </message>
    <message>
        <source>should be low, medium or high</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>powinno być: niska, średnia lub wysoka</translation>
    </message>
    <message>
        <source>should be open, connected, met or closed</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>powinno być: otwarta, połączona, zaspokojona lub zamknięta</translation>
    </message>
    <message>
        <source>Please do not write a postcode or address in the notes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nie wpisuj w notatkach kodu pocztowego ani adresu</translation>
    </message>
    <message>
        <source>A neighbourhood needs a name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Okolica musi mieć nazwę</translation>
    </message>
    <message>
        <source>unknown need category (use the codes or names from the list)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nieznana kategoria potrzeby (użyj kodów lub nazw z listy)</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Deleted</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Usunięty</translation>
    </message>
    <message>
        <source>Location</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Położenie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>May appear on public maps</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Może pojawić się na mapach publicznych</translation>
    </message>
    <message>
        <source>Run by</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Prowadzi</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Ostatnio sprawdzone</translation>
    </message>
    <message>
        <source>Opening times</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Godziny otwarcia</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dla kogo</translation>
    </message>
    <message>
        <source>Group type</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Typ grupy</translation>
    </message>
    <message>
        <source>Charity number</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Numer organizacji charytatywnej</translation>
    </message>
    <message>
        <source>Age band</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Przedział wieku</translation>
    </message>
    <message>
        <source>Is a carer</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Jest opiekunem</translation>
    </message>
    <message>
        <source>Roughly where</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Mniej więcej gdzie</translation>
    </message>
    <message>
        <source>Consent given to</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zgodę przyjął(a)</translation>
    </message>
    <message>
        <source>Consent given at</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zgoda udzielona</translation>
    </message>
    <message>
        <source>Consent for</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zgoda na</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zapisał(a)</translation>
    </message>
    <message>
        <source>Neighbourhoods</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Okolice</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <source>Cost</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dostępność</translation>
    </message>
    <message>
        <source>Principles</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasady</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Okolica</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Pilność</translation>
    </message>
    <message>
        <source>Needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Potrzeby</translation>
    </message>
    <message>
        <source>deleted</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>usunięty</translation>
    </message>
    <message>
        <source>restored</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>przywrócony</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>a record no longer here</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>rekord, którego już nie ma</translation>
    </message>
    <message>
        <source>Neighbourhood chosen by hand</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Okolica wybrana ręcznie</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>The record&apos;s id. Leave empty for new rows; keep it to update a record.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Identyfikator rekordu. W nowych wierszach zostaw puste; zachowaj, aby zaktualizować rekord.</translation>
    </message>
    <message>
        <source>Name of the asset (required).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nazwa zasobu (wymagana).</translation>
    </message>
    <message>
        <source>Kind of asset: one of the kinds listed below.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Rodzaj zasobu: jeden z rodzajów wymienionych poniżej.</translation>
    </message>
    <message>
        <source>Category: one of the categories listed below.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kategoria: jedna z kategorii wymienionych poniżej.</translation>
    </message>
    <message>
        <source>What happens there, in plain words.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Co się tam dzieje, prostymi słowami.</translation>
    </message>
    <message>
        <source>Latitude in decimal degrees (WGS84), e.g. 53.3811. Leave empty to use the postcode.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Szerokość geograficzna w stopniach dziesiętnych (WGS84), np. 53.3811. Zostaw puste, aby użyć kodu pocztowego.</translation>
    </message>
    <message>
        <source>Longitude in decimal degrees (WGS84), e.g. -1.4701.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Długość geograficzna w stopniach dziesiętnych (WGS84), np. -1.4701.</translation>
    </message>
    <message>
        <source>Street address.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Adres ulicy.</translation>
    </message>
    <message>
        <source>UK postcode, e.g. S1 2BJ (places the row when there are no coordinates).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Brytyjski kod pocztowy, np. S1 2BJ (umieszcza wiersz, gdy brak współrzędnych).</translation>
    </message>
    <message>
        <source>Neighbourhood name (worked out from the location when empty).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nazwa okolicy (ustalana z położenia, gdy puste).</translation>
    </message>
    <message>
        <source>When it is open or meets.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kiedy jest otwarte lub kiedy są spotkania.</translation>
    </message>
    <message>
        <source>Public contact phone number.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Publiczny numer telefonu kontaktowego.</translation>
    </message>
    <message>
        <source>Public contact email.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Publiczny adres e-mail kontaktowy.</translation>
    </message>
    <message>
        <source>Web address.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Adres strony internetowej.</translation>
    </message>
    <message>
        <source>Step-free access, hearing loop, toilets...</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dostęp bez schodów, pętla indukcyjna, toalety...</translation>
    </message>
    <message>
        <source>Free, donation, price...</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Bezpłatnie, datek, cena...</translation>
    </message>
    <message>
        <source>Who it is for.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Dla kogo jest.</translation>
    </message>
    <message>
        <source>Principles it shows, separated by &apos;;&apos; (see the list below).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasady, które pokazuje, oddzielone &apos;;&apos; (zob. listę poniżej).</translation>
    </message>
    <message>
        <source>Name (or id) of the group that runs it, from the Groups sheet.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nazwa (lub identyfikator) grupy, która to prowadzi, z arkusza Groups.</translation>
    </message>
    <message>
        <source>active, temporarily_closed or closed.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>active, temporarily_closed lub closed.</translation>
    </message>
    <message>
        <source>yes if this may appear on public maps, otherwise no.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>yes, jeśli może pojawić się na mapach publicznych, w przeciwnym razie no.</translation>
    </message>
    <message>
        <source>Date the details were last checked.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Data ostatniego sprawdzenia danych.</translation>
    </message>
    <message>
        <source>Who recorded it.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kto to zapisał.</translation>
    </message>
    <message>
        <source>Name of the group or organisation (required).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nazwa grupy lub organizacji (wymagana).</translation>
    </message>
    <message>
        <source>Type of group: one of the types listed below.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Typ grupy: jeden z typów wymienionych poniżej.</translation>
    </message>
    <message>
        <source>What the group does.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Czym zajmuje się grupa.</translation>
    </message>
    <message>
        <source>Registered charity number, if any.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Numer zarejestrowanej organizacji charytatywnej, jeśli jest.</translation>
    </message>
    <message>
        <source>Neighbourhoods served, names separated by &apos;;&apos;.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Obsługiwane okolice, nazwy oddzielone &apos;;&apos;.</translation>
    </message>
    <message>
        <source>Choose from the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wybierz z listy</translation>
    </message>
    <message>
        <source>Please choose a value from the list.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wybierz wartość z listy.</translation>
    </message>
    <message>
        <source>Several allowed, separated by ;</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Można kilka, oddzielone ;</translation>
    </message>
    <message>
        <source>Neighbourhood Mapper workbook</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Skoroszyt Neighbourhood Mapper</translation>
    </message>
    <message>
        <source>Fill in one row per asset (Assets sheet) or group (Groups sheet), then import the file with &apos;mapper import PROJECT FILE&apos; or File &gt; Import. Leave uuid empty for new rows.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wypełnij jeden wiersz na zasób (arkusz Assets) lub grupę (arkusz Groups), a potem zaimportuj plik poleceniem &apos;mapper import PROJECT FILE&apos; lub Plik &gt; Importuj. W nowych wierszach zostaw uuid puste.</translation>
    </message>
    <message>
        <source>Exported from Neighbourhood Mapper on %1. Keep the uuid column: it lets an import update the same records.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wyeksportowano z Neighbourhood Mapper dnia %1. Zachowaj kolumnę uuid: dzięki niej import zaktualizuje te same rekordy.</translation>
    </message>
    <message>
        <source>Rows without latitude/longitude are placed by postcode. Values starting with = + - @ are text, never formulas.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Wiersze bez szerokości/długości są umieszczane według kodu pocztowego. Wartości zaczynające się od = + - @ są tekstem, nigdy formułami.</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Arkusz %1</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Co zawiera</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Rodzaje</translation>
    </message>
    <message>
        <source>Label</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>Categories</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Stany</translation>
    </message>
    <message>
        <source>Principles</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zasady</translation>
    </message>
    <message>
        <source>Group types</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Typy grup</translation>
    </message>
    <message>
        <source>Leave as it is: the record as it was exported, so that only the cells you change are applied and a cell changed in the project meanwhile is kept for review. Empty for new rows.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Zostaw bez zmian: rekord w postaci z eksportu, aby zastosowano tylko zmienione przez ciebie komórki, a komórkę zmienioną w międzyczasie w projekcie zachowano do przeglądu. Puste dla nowych wierszy.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>użycie: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>argumenty pozycyjne</translation>
    </message>
    <message>
        <source>options</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>opcje</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>pokaż tę pomoc i zakończ</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>wymagane są następujące argumenty: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nierozpoznane argumenty: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nieprawidłowy wybór: %(value)r (wybierz spośród %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>oczekiwano jednego argumentu</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>nieprawidłowa wartość %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>niejednoznaczna opcja: %(option)s może pasować do %(matches)s</translation>
    </message>
</context>
</TS>
