<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Legend</name>
    <message numerus="yes">
        <source>%1, %n class(es)</source>
        <translation>
            <numerusform>%1, %n class</numerusform>
            <numerusform>%1, %n classes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionTooltip</name>
    <message numerus="yes">
        <source>%n district(s)</source>
        <translation>
            <numerusform>%n district</numerusform>
            <numerusform>%n districts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::BoundaryReplacementDialog</name>
    <message numerus="yes">
        <source>%n region(s) replaced</source>
        <translation>
            <numerusform>%n region replaced</numerusform>
            <numerusform>%n regions replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rebuilt from their counties</source>
        <translation>
            <numerusform>%n rebuilt from its counties</numerusform>
            <numerusform>%n rebuilt from their counties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as they were</source>
        <translation>
            <numerusform>%n kept as it was</numerusform>
            <numerusform>%n kept as they were</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::ImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) matched</source>
        <translation>
            <numerusform>%n row matched</numerusform>
            <numerusform>%n rows matched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) will change</source>
        <translation>
            <numerusform>%n district will change</numerusform>
            <numerusform>%n districts will change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new district(s) will be added</source>
        <translation>
            <numerusform>%n new district will be added</numerusform>
            <numerusform>%n new districts will be added</numerusform>
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
        <source>%n did not match: %1</source>
        <translation>
            <numerusform>%n did not match: %1</numerusform>
            <numerusform>%n did not match: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::LinkagesTab</name>
    <message numerus="yes">
        <source>Linkage density %1; chain completeness %2 (%n gap(s) in the leading chain).</source>
        <translation>
            <numerusform>Linkage density %1; chain completeness %2 (%n gap in the leading chain).</numerusform>
            <numerusform>Linkage density %1; chain completeness %2 (%n gaps in the leading chain).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::OverviewTab</name>
    <message numerus="yes">
        <source>%1 (%n missing link(s))</source>
        <translation>
            <numerusform>%1 (%n missing link)</numerusform>
            <numerusform>%1 (%n missing links)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::ProfileExportDialog</name>
    <message numerus="yes">
        <source>%n district(s) to export</source>
        <translation>
            <numerusform>%n district to export</numerusform>
            <numerusform>%n districts to export</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n profile(s); finished files were kept.</source>
        <translation>
            <numerusform>Cancelled after %n profile; finished files were kept.</numerusform>
            <numerusform>Cancelled after %n profiles; finished files were kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n profile(s), %1 pages, in %2 file(s).</source>
        <translation>
            <numerusform>Wrote %n profile, %1 pages, in %2 file(s).</numerusform>
            <numerusform>Wrote %n profiles, %1 pages, in %2 file(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::ScenarioComparisonDialog</name>
    <message numerus="yes">
        <source>%n indicator value(s) changed</source>
        <translation>
            <numerusform>%n indicator value changed</numerusform>
            <numerusform>%n indicator values changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) changed</source>
        <translation>
            <numerusform>%n recommendation changed</numerusform>
            <numerusform>%n recommendations changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) added</source>
        <translation>
            <numerusform>%n district added</numerusform>
            <numerusform>%n districts added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) removed</source>
        <translation>
            <numerusform>%n district removed</numerusform>
            <numerusform>%n districts removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message numerus="yes">
        <source>Import %n district(s) from %1</source>
        <translation>
            <numerusform>Import %n district from %1</numerusform>
            <numerusform>Import %n districts from %1</numerusform>
        </translation>
    </message>
</context>
</TS>
