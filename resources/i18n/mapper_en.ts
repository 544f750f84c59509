<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n neighbourhood(s)</source>
        <translation>
            <numerusform>%n neighbourhood</numerusform>
            <numerusform>%n neighbourhoods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) changed in the project since the export were kept; the file&apos;s values are in Review</source>
        <translation>
            <numerusform>%n cell changed in the project since the export was kept; the file&apos;s values are in Review</numerusform>
            <numerusform>%n cells changed in the project since the export were kept; the file&apos;s values are in Review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organization</numerusform>
            <numerusform>%n organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n location</numerusform>
            <numerusform>%n locations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n care need(s)</source>
        <translation>
            <numerusform>%n care need</numerusform>
            <numerusform>%n care needs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n neighbourhood profile(s)</source>
        <translation>
            <numerusform>%n neighbourhood profile</numerusform>
            <numerusform>%n neighbourhood profiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) already recorded given their neighbourhood from these boundaries</source>
        <translation>
            <numerusform>%n asset already recorded given its neighbourhood from these boundaries</numerusform>
            <numerusform>%n assets already recorded given their neighbourhood from these boundaries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n neighbourhood(s)</source>
        <translation>
            <numerusform>%n neighbourhood</numerusform>
            <numerusform>%n neighbourhoods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n care need(s)</source>
        <translation>
            <numerusform>%n care need</numerusform>
            <numerusform>%n care needs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n care need(s): no coordinator key was chosen, so they stay on this laptop (choose your coordinator&apos;s .nmkey file to send them, locked)</source>
        <translation>
            <numerusform>the %n care need: no coordinator key was chosen, so they stay on this laptop (choose your coordinator&apos;s .nmkey file to send them, locked)</numerusform>
            <numerusform>the %n care needs: no coordinator key was chosen, so they stay on this laptop (choose your coordinator&apos;s .nmkey file to send them, locked)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n care need(s) are in it locked: only your coordinator can read them.</source>
        <translation>
            <numerusform>The %n care need are in it locked: only your coordinator can read them.</numerusform>
            <numerusform>The %n care needs are in it locked: only your coordinator can read them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n row skipped</numerusform>
            <numerusform>%n rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n neighbourhood(s)</source>
        <translation>
            <numerusform>%n neighbourhood</numerusform>
            <numerusform>%n neighbourhoods</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>%n change(s) to “%1”, newest first.</source>
        <translation>
            <numerusform>%n change to “%1”, newest first.</numerusform>
            <numerusform>%n changes to “%1”, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n sheet(s)</source>
        <translation>
            <numerusform>with %n sheet</numerusform>
            <numerusform>with %n sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n layer(s)</source>
        <translation>
            <numerusform>with %n layer</numerusform>
            <numerusform>with %n layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>first %n shown</source>
        <translation>
            <numerusform>first %n shown</numerusform>
            <numerusform>first %n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s)</source>
        <translation>
            <numerusform>%n possible duplicate</numerusform>
            <numerusform>%n possible duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merged %n file(s)</source>
        <translation>
            <numerusform>merged %n file</numerusform>
            <numerusform>merged %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n file(s) already merged</source>
        <translation>
            <numerusform>skipped %n file already merged</numerusform>
            <numerusform>skipped %n files already merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>could not merge %n file(s):</source>
        <translation>
            <numerusform>could not merge %n file:</numerusform>
            <numerusform>could not merge %n files:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message numerus="yes">
        <source>%n asset(s) shown</source>
        <translation>
            <numerusform>%n asset shown</numerusform>
            <numerusform>%n assets shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) shown</source>
        <translation>
            <numerusform>%n group shown</numerusform>
            <numerusform>%n groups shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filters (%n on)</source>
        <translation>
            <numerusform>Filters (%n on)</numerusform>
            <numerusform>Filters (%n on)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n or more asset(s) shown</source>
        <translation>
            <numerusform>%n or more asset shown</numerusform>
            <numerusform>%n or more assets shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n or more group(s) shown</source>
        <translation>
            <numerusform>%n or more group shown</numerusform>
            <numerusform>%n or more groups shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s)</source>
        <translation>
            <numerusform>%n possible duplicate</numerusform>
            <numerusform>%n possible duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>resolve %n conflict(s) (%1)</source>
        <translation>
            <numerusform>resolve %n conflict (%1)</numerusform>
            <numerusform>resolve %n conflicts (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n change sent</numerusform>
            <numerusform>%n changes sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n received</numerusform>
            <numerusform>%n received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflict to review</numerusform>
            <numerusform>%n conflicts to review</numerusform>
        </translation>
    </message>
</context>
</TS>
