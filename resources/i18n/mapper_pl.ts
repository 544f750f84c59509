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
        <source>Nothing was changed. Start it again when you are ready.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Nic nie zostało zmienione. Zacznij ponownie, gdy zechcesz.</translation>
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
</context>
</TS>
