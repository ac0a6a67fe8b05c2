<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>RegionTooltip</name>
    <message>
        <source>province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>prefecture-level city</source>
        <translation>地级市</translation>
    </message>
    <message>
        <source>urban district</source>
        <translation>市辖区</translation>
    </message>
    <message>
        <source>county</source>
        <translation>县</translation>
    </message>
    <message>
        <source>county-level city</source>
        <translation>县级市</translation>
    </message>
    <message>
        <source>in %1 %2</source>
        <translation>属于 %1 %2</translation>
    </message>
    <message>
        <source>County-level units: %1. Double-click to open.</source>
        <translation>县级单位：%1 个。双击打开。</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::MainWindow</name>
    <message>
        <source>Agglomap</source>
        <translation>Agglomap 产业集聚区规划</translation>
    </message>
    <message>
        <source>Lat/Lon %1</source>
        <translation>纬度/经度 %1</translation>
    </message>
    <message>
        <source>Selected: %1 (%2)</source>
        <translation>已选择：%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Back to Province</source>
        <translation>返回全省(&amp;B)</translation>
    </message>
    <message>
        <source>Return to the province overview (Alt+Left)</source>
        <translation>返回全省概览（Alt+左方向键）</translation>
    </message>
    <message>
        <source>Zoom to &amp;Full Extent</source>
        <translation>缩放至全图(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Henan 河南</source>
        <translation>河南 Henan</translation>
    </message>
    <message>
        <source>Ningxia 宁夏</source>
        <translation>宁夏 Ningxia</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Cannot open the map</source>
        <translation>无法打开地图</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>地级市</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>县级单位</translation>
    </message>
    <message>
        <source>Units drawn in the province overview</source>
        <translation>全省概览中显示的行政单位</translation>
    </message>
    <message>
        <source>Language of map labels</source>
        <translation>地图标注语言</translation>
    </message>
    <message>
        <source>%1 › %2 — Agglomap</source>
        <translation>%1 › %2 — Agglomap</translation>
    </message>
    <message>
        <source>%1 — Agglomap</source>
        <translation>%1 — Agglomap</translation>
    </message>
    <message>
        <source>Scale 1:%L1</source>
        <translation>比例尺 1:%L1</translation>
    </message>
</context>
</TS>
