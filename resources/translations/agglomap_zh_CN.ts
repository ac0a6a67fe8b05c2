<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Atlas</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>District %1 is not in the plan.</source>
        <translation>规划中没有编号为 %1 的集聚区。</translation>
    </message>
    <message>
        <source>cannot draw</source>
        <translation>无法绘制</translation>
    </message>
    <message>
        <source>No districts to export.</source>
        <translation>没有可导出的集聚区。</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot start drawing</source>
        <translation>无法开始绘制</translation>
    </message>
    <message>
        <source>Cannot export %1: the name must end in .png, .svg or .pdf.</source>
        <translation>无法导出 %1：文件名须以 .png、.svg 或 .pdf 结尾。</translation>
    </message>
    <message>
        <source>Districts per region</source>
        <translation>各区域集聚区数量</translation>
    </message>
    <message>
        <source>By city</source>
        <translation>按地级市</translation>
    </message>
    <message>
        <source>By county</source>
        <translation>按县（市、区）</translation>
    </message>
    <message>
        <source>Plan: %1.</source>
        <translation>规划：%1。</translation>
    </message>
    <message>
        <source>Boundaries: %1.</source>
        <translation>边界：%1。</translation>
    </message>
    <message>
        <source>Demonstration boundaries, not an officially approved map.</source>
        <translation>演示用边界，非经审定的正式地图。</translation>
    </message>
    <message>
        <source>Rivers: %1.</source>
        <translation>河流：%1。</translation>
    </message>
    <message>
        <source>Towns: GeoNames (geonames.org), licensed under CC BY 4.0.</source>
        <translation>城镇：GeoNames（geonames.org），CC BY 4.0 许可。</translation>
    </message>
    <message>
        <source>Made with Agglomap on %1.</source>
        <translation>由 Agglomap 于 %1 制图。</translation>
    </message>
    <message>
        <source>Illustrative data</source>
        <translation>示意数据</translation>
    </message>
    <message>
        <source>Some values on this map are generated for illustration, not taken from a source. They are marked with dashed outlines and * in the plan&apos;s tables.</source>
        <translation>本图部分数值为示意生成，并非来自资料来源；在规划表格中以虚线轮廓和 * 标注。</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>State-level</source>
        <translation>国家级</translation>
    </message>
    <message>
        <source>Provincial</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>High-tech</source>
        <translation>高新技术</translation>
    </message>
    <message>
        <source>Clearly positioned</source>
        <translation>主导产业明确</translation>
    </message>
    <message>
        <source>Comprehensive</source>
        <translation>综合性</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>自发阶段</translation>
    </message>
    <message>
        <source>Organized</source>
        <translation>组织阶段</translation>
    </message>
    <message>
        <source>Innovative</source>
        <translation>创新阶段</translation>
    </message>
    <message>
        <source>Progressive</source>
        <translation>渐进式创新</translation>
    </message>
    <message>
        <source>Fundamental</source>
        <translation>根本性创新</translation>
    </message>
    <message>
        <source>Convergence</source>
        <translation>融合式创新</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>%1 (placeholder name)</source>
        <translation>%1（占位名称）</translation>
    </message>
</context>
<context>
    <name>DistrictInspector</name>
    <message>
        <source>%1 亿元</source>
        <translation>%1 亿元</translation>
    </message>
    <message>
        <source>illustrative</source>
        <translation>示意值</translation>
    </message>
    <message>
        <source>Illustrative value: generated for the sample plan, not taken from a source. Enter a real value to replace it.</source>
        <translation>示意值：为示例规划生成，非来源数据。输入真实数值即可替换。</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Dashed outlines and values marked * are illustrative: generated, not from a source.</source>
        <translation>虚线轮廓及标有 * 的数值为示意值：生成数据，非来源数据。</translation>
    </message>
    <message>
        <source>Manual breaks</source>
        <translation>手动断点</translation>
    </message>
    <message>
        <source>Equal interval</source>
        <translation>等间距</translation>
    </message>
    <message>
        <source>Quantile</source>
        <translation>分位数</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>自然断点法（Jenks）</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>Pretty breaks</source>
        <translation>美观断点</translation>
    </message>
    <message>
        <source>Box map</source>
        <translation>箱线图</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>百分位</translation>
    </message>
    <message>
        <source>Districts per region</source>
        <translation>各区域集聚区数量</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n class(es)</source>
        <translation>
            <numerusform>%1，%n 类</numerusform>
        </translation>
    </message>
    <message>
        <source>No data (no district)</source>
        <translation>无数据（无集聚区）</translation>
    </message>
    <message>
        <source>Districts and parks</source>
        <translation>集聚区与园区</translation>
    </message>
    <message>
        <source>%1 (100 million yuan income)</source>
        <translation>主营业务收入 %1 亿元</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Output-weighted mean</source>
        <translation>产值加权平均值</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Count of districts</source>
        <translation>集聚区数量</translation>
    </message>
</context>
<context>
    <name>PageFormat</name>
    <message>
        <source>A4 landscape</source>
        <translation>A4 横向</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 纵向</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 横向</translation>
    </message>
    <message>
        <source>A3 portrait</source>
        <translation>A3 纵向</translation>
    </message>
    <message>
        <source>Slide 16:9</source>
        <translation>幻灯片 16:9</translation>
    </message>
</context>
<context>
    <name>PlanComparison</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 activity removed</source>
        <translation>%1 产业活动已删除</translation>
    </message>
    <message>
        <source>%1 output</source>
        <translation>%1 产值</translation>
    </message>
    <message>
        <source>%1 employment</source>
        <translation>%1 从业人员</translation>
    </message>
    <message>
        <source>%1 enterprises</source>
        <translation>%1 企业数</translation>
    </message>
    <message>
        <source>%1 SMEs</source>
        <translation>%1 中小企业数</translation>
    </message>
    <message>
        <source>%1 high-tech output</source>
        <translation>%1 高新技术产值</translation>
    </message>
    <message>
        <source>%1 activity added (output %2)</source>
        <translation>%1 产业活动已添加（产值 %2）</translation>
    </message>
    <message>
        <source>order of industries changed</source>
        <translation>产业顺序已更改</translation>
    </message>
    <message>
        <source>link %1 → %2</source>
        <translation>关联 %1 → %2</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 已删除</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1 数值</translation>
    </message>
    <message>
        <source>%1 added (value %2)</source>
        <translation>%1 已添加（数值 %2）</translation>
    </message>
    <message>
        <source>order of links changed</source>
        <translation>关联顺序已更改</translation>
    </message>
    <message>
        <source>District %1 (%2)</source>
        <translation>集聚区 %1（%2）</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>placeholder name</source>
        <translation>占位名称</translation>
    </message>
    <message>
        <source>host county</source>
        <translation>所在县</translation>
    </message>
    <message>
        <source>host city</source>
        <translation>所在市</translation>
    </message>
    <message>
        <source>location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>boundary</source>
        <translation>边界</translation>
    </message>
    <message>
        <source>present</source>
        <translation>有</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>无</translation>
    </message>
    <message>
        <source>boundary geometry changed</source>
        <translation>边界几何已更改</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>zone level</source>
        <translation>开发区级别</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>planned area km²</source>
        <translation>规划面积 km²</translation>
    </message>
    <message>
        <source>built area km²</source>
        <translation>建成面积 km²</translation>
    </message>
    <message>
        <source>leading industries</source>
        <translation>主导产业</translation>
    </message>
    <message>
        <source>%1 current</source>
        <translation>%1 现状</translation>
    </message>
    <message>
        <source>%1 required</source>
        <translation>%1 需求</translation>
    </message>
    <message>
        <source>R&amp;D spending</source>
        <translation>研发经费</translation>
    </message>
    <message>
        <source>R&amp;D staff</source>
        <translation>研发人员</translation>
    </message>
    <message>
        <source>patents</source>
        <translation>专利数</translation>
    </message>
    <message>
        <source>high-tech enterprises</source>
        <translation>高新技术企业数</translation>
    </message>
    <message>
        <source>fixed investment</source>
        <translation>固定资产投资</translation>
    </message>
    <message>
        <source>business income</source>
        <translation>主营业务收入</translation>
    </message>
    <message>
        <source>listed companies</source>
        <translation>上市公司数</translation>
    </message>
    <message>
        <source>venture funds</source>
        <translation>创业投资基金数</translation>
    </message>
    <message>
        <source>illustrative fields</source>
        <translation>示意值字段</translation>
    </message>
    <message>
        <source>district link %1 → %2 sector %3</source>
        <translation>集聚区关联 %1 → %2 行业 %3</translation>
    </message>
    <message>
        <source>order of district links changed</source>
        <translation>集聚区关联顺序已更改</translation>
    </message>
    <message>
        <source>input-output table sectors</source>
        <translation>投入产出表部门数</translation>
    </message>
    <message>
        <source>input-output coefficient %1 → %2</source>
        <translation>投入产出系数 %1 → %2</translation>
    </message>
    <message>
        <source>input-output table illustrative</source>
        <translation>投入产出表为示意值</translation>
    </message>
    <message>
        <source>province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>plan title (Chinese)</source>
        <translation>规划标题（中文）</translation>
    </message>
    <message>
        <source>plan title (English)</source>
        <translation>规划标题（英文）</translation>
    </message>
    <message>
        <source>plan year</source>
        <translation>规划年份</translation>
    </message>
    <message>
        <source>plan source</source>
        <translation>规划来源</translation>
    </message>
    <message>
        <source>sector catalogue changed</source>
        <translation>行业目录已更改</translation>
    </message>
    <message>
        <source>District %1 (%2) removed</source>
        <translation>集聚区 %1（%2）已删除</translation>
    </message>
    <message>
        <source>District %1 (%2) added</source>
        <translation>集聚区 %1（%2）已添加</translation>
    </message>
</context>
<context>
    <name>PlanWorkspace</name>
    <message>
        <source>Entered by the planning office. Input-output coefficients from the sample plan (illustrative).</source>
        <translation>由规划部门录入。投入产出系数取自示例规划（示意值）。</translation>
    </message>
</context>
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
    <message>
        <source>Districts</source>
        <translation>集聚区数</translation>
    </message>
    <message>
        <source> (class %1 of %2)</source>
        <translation>（第 %1 类，共 %2 类）</translation>
    </message>
    <message>
        <source> (no data)</source>
        <translation>（无数据）</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s)</source>
        <translation>
            <numerusform>%n 个集聚区</numerusform>
        </translation>
    </message>
    <message>
        <source>* Includes illustrative values: generated, not from a source.</source>
        <translation>* 含示意值：生成数据，非来源数据。</translation>
    </message>
    <message>
        <source>Business income: %1 (100 million yuan)</source>
        <translation>主营业务收入：%1 亿元</translation>
    </message>
    <message>
        <source>Illustrative values: generated, not from a source.</source>
        <translation>示意值：生成数据，非来源数据。</translation>
    </message>
    <message>
        <source>Click to inspect.</source>
        <translation>单击查看属性。</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::BoundaryReplacementDialog</name>
    <message>
        <source>Replace Boundaries</source>
        <translation>替换边界</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Official boundaries:</source>
        <translation>官方边界：</translation>
    </message>
    <message>
        <source>(detect)</source>
        <translation>（自动检测）</translation>
    </message>
    <message>
        <source>The field holding the six-digit GB/T 2260 administrative code</source>
        <translation>存放六位 GB/T 2260 行政区划代码的字段</translation>
    </message>
    <message>
        <source>Code field:</source>
        <translation>代码字段：</translation>
    </message>
    <message>
        <source>only for files without a CRS, e.g. EPSG:4490</source>
        <translation>仅用于没有坐标参考系的文件，例如 EPSG:4490</translation>
    </message>
    <message>
        <source>CRS if missing:</source>
        <translation>缺失时的坐标参考系：</translation>
    </message>
    <message>
        <source>WGS84 / CGCS2000 (official data)</source>
        <translation>WGS84 / CGCS2000（官方数据）</translation>
    </message>
    <message>
        <source>GCJ-02 (AMap, Tencent)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <source>BD-09 (Baidu)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <source>Coordinates:</source>
        <translation>坐标系：</translation>
    </message>
    <message>
        <source>Rebuild cities and the province from replaced counties</source>
        <translation>根据替换后的县重建地级市和全省边界</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Official Boundaries</source>
        <translation>官方边界</translation>
    </message>
    <message>
        <source>Vector files (*.shp *.gpkg *.geojson *.json *.kml *.gml *.tab *.mif);;All files (*)</source>
        <translation>矢量文件 (*.shp *.gpkg *.geojson *.json *.kml *.gml *.tab *.mif);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a file of official boundaries with administrative codes.</source>
        <translation>请选择带有行政区划代码的官方边界文件。</translation>
    </message>
    <message>
        <source>Read in %1.</source>
        <translation>已按 %1 读取。</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) replaced</source>
        <translation>
            <numerusform>已替换 %n 个区域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rebuilt from their counties</source>
        <translation>
            <numerusform>%n 个根据所辖县重建</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as they were</source>
        <translation>
            <numerusform>%n 个保持不变</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped, not regions of this plan: %1</source>
        <translation>已跳过（不属于本规划的区域）：%1</translation>
    </message>
    <message>
        <source>Choose a file whose boundaries match this plan&apos;s regions first.</source>
        <translation>请先选择一个边界与本规划区域相匹配的文件。</translation>
    </message>
    <message>
        <source>Replace boundaries from %1</source>
        <translation>用 %1 替换边界</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::CachedTableModel</name>
    <message>
        <source>Illustrative value: no source gives it</source>
        <translation>示意值：无来源数据</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::ChoroplethToolBar</name>
    <message>
        <source>Cluster stage</source>
        <translation>集群阶段</translation>
    </message>
    <message>
        <source>Innovation mode</source>
        <translation>创新模式</translation>
    </message>
    <message>
        <source>Zone level</source>
        <translation>开发区级别</translation>
    </message>
    <message>
        <source>District type</source>
        <translation>集聚区类型</translation>
    </message>
    <message>
        <source>Income tier</source>
        <translation>收入档次</translation>
    </message>
    <message>
        <source>Symbology</source>
        <translation>符号化</translation>
    </message>
    <message>
        <source>Indicator shown by the region fills</source>
        <translation>区域填色所表示的指标</translation>
    </message>
    <message>
        <source>How the districts of a region add up to its value</source>
        <translation>区域内各集聚区汇总为区域数值的方式</translation>
    </message>
    <message>
        <source>Classification method</source>
        <translation>分级方法</translation>
    </message>
    <message>
        <source> classes</source>
        <translation> 类</translation>
    </message>
    <message>
        <source>Number of classes</source>
        <translation>分级数</translation>
    </message>
    <message>
        <source>Colour ramp (ColorBrewer)</source>
        <translation>色带（ColorBrewer）</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>反转</translation>
    </message>
    <message>
        <source>Invert the colour ramp</source>
        <translation>反转色带</translation>
    </message>
    <message>
        <source>Edit Breaks…</source>
        <translation>编辑断点…</translation>
    </message>
    <message>
        <source>Set the class breaks by hand</source>
        <translation>手动设置分级断点</translation>
    </message>
    <message>
        <source>Colour of the district symbols</source>
        <translation>集聚区符号的颜色</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::DistrictInspector</name>
    <message>
        <source>No district selected</source>
        <translation>未选择集聚区</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Names, profile and key indicators</source>
        <translation>名称、概况与关键指标</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>产业</translation>
    </message>
    <message>
        <source>Sector activities and leading industries</source>
        <translation>各行业活动与主导产业</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>基础设施</translation>
    </message>
    <message>
        <source>Infrastructure and services: provision against requirement</source>
        <translation>基础设施与服务：现状供给与需求对比</translation>
    </message>
    <message>
        <source>Innovation &amp;&amp; finance</source>
        <translation>创新与金融</translation>
    </message>
    <message>
        <source>R&amp;D, patents, investment and income</source>
        <translation>研发、专利、投资与收入</translation>
    </message>
    <message>
        <source>Linkages</source>
        <translation>产业关联</translation>
    </message>
    <message>
        <source>Links between sectors and with other districts</source>
        <translation>行业之间以及与其他集聚区之间的关联</translation>
    </message>
    <message>
        <source>No district selected: no plan is open</source>
        <translation>未选择集聚区：未打开任何规划</translation>
    </message>
    <message>
        <source>%1 (placeholder name)</source>
        <translation>%1（占位名称）</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::DistrictListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>City</source>
        <translation>所在市</translation>
    </message>
    <message>
        <source>County</source>
        <translation>所在县</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Zone level</source>
        <translation>开发区级别</translation>
    </message>
    <message>
        <source>Leading industry</source>
        <translation>主导产业</translation>
    </message>
    <message>
        <source>Business income (100 M yuan)</source>
        <translation>主营业务收入（亿元）</translation>
    </message>
    <message>
        <source>Cluster stage</source>
        <translation>集群阶段</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::DistrictListPanel</name>
    <message>
        <source>Search districts by Chinese or English name</source>
        <translation>按中文或英文名称搜索集聚区</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>%1 of %2 districts</source>
        <translation>%1 / %2 个集聚区</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::ExportActions</name>
    <message>
        <source>&amp;Export Map…</source>
        <translation>导出地图(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the map in view as a briefing page: PNG, SVG or PDF with legend and sources</source>
        <translation>将当前地图保存为简报页面：带图例和来源的 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>&amp;Copy Map</source>
        <translation>复制地图(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the briefing page of the map in view to the clipboard</source>
        <translation>将当前地图的简报页面复制到剪贴板</translation>
    </message>
    <message>
        <source>Export District &amp;Profiles…</source>
        <translation>导出集聚区概况(&amp;P)…</translation>
    </message>
    <message>
        <source>Write district profiles to PDF: one district, a city, the province or a selection</source>
        <translation>将集聚区概况写入 PDF：单个集聚区、一个市、全省或所选集聚区</translation>
    </message>
    <message>
        <source>Map copied to the clipboard</source>
        <translation>地图已复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::GapBar</name>
    <message>
        <source>Current %1 of required %2 (0-100 scale): %3</source>
        <translation>现状 %1，需求 %2（0-100 分）：%3</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>无需求</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已满足</translation>
    </message>
    <message>
        <source>gap %1</source>
        <translation>缺口 %1</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::ImportDialog</name>
    <message>
        <source>Import Data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GBK (GB18030)</source>
        <translation>GBK (GB18030)</translation>
    </message>
    <message>
        <source>How the file&apos;s text is decoded. Chinese statistics often come in GBK; choose another encoding if names look garbled.</source>
        <translation>文件文本的解码方式。国内统计数据常采用 GBK 编码；如果名称显示为乱码，请选择其他编码。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation>图层(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Preview (first %1 rows)</source>
        <translation>预览（前 %1 行）</translation>
    </message>
    <message>
        <source>District id</source>
        <translation>集聚区 ID</translation>
    </message>
    <message>
        <source>County code</source>
        <translation>县级行政区划代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>A county code finds a district only in counties that host one.</source>
        <translation>县级行政区划代码只能在仅有一个集聚区的县中找到该集聚区。</translation>
    </message>
    <message>
        <source>Find districts by</source>
        <translation>查找集聚区依据</translation>
    </message>
    <message>
        <source>in column</source>
        <translation>所在列</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>WGS84 (GPS, official data)</source>
        <translation>WGS84（GPS、官方数据）</translation>
    </message>
    <message>
        <source>GCJ-02 (AMap, Tencent)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <source>BD-09 (Baidu)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <source>Use the layer&apos;s &amp;geometry as location</source>
        <translation>使用图层的几何作为位置(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Add rows that match no district as new districts</source>
        <translation>将未匹配到集聚区的行添加为新集聚区(&amp;A)</translation>
    </message>
    <message>
        <source>A new district needs a Chinese name and a location inside the province; its county is the one the location lies in.</source>
        <translation>新集聚区需要中文名称和位于本省范围内的位置；其所在县即该位置所在的县。</translation>
    </message>
    <message>
        <source>&amp;Coordinates are in:</source>
        <translation>坐标系(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>检测到：%1</translation>
    </message>
    <message>
        <source>From .cpg: %1</source>
        <translation>来自 .cpg：%1</translation>
    </message>
    <message>
        <source>Set by the format: %1</source>
        <translation>由文件格式决定：%1</translation>
    </message>
    <message>
        <source>The columns &quot;%1&quot; and &quot;%2&quot; both import into %3; choose one.</source>
        <translation>列“%1”和“%2”都将导入到 %3；请只选择其中一列。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) matched</source>
        <translation>
            <numerusform>已匹配 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>no district would change</source>
        <translation>没有集聚区会发生变化</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) will change</source>
        <translation>
            <numerusform>%n 个集聚区将发生变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new district(s) will be added</source>
        <translation>
            <numerusform>将新增 %n 个集聚区</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: %3</source>
        <translation>%1 “%2”：%3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not match: %1</source>
        <translation>
            <numerusform>%n 行未匹配：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::ImportMappingTable</name>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Imports into</source>
        <translation>导入到</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>(finds the district)</source>
        <translation>（用于查找集聚区）</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::IndicatorTableModel</name>
    <message>
        <source>Total output (100 M yuan)</source>
        <translation>总产值（亿元）</translation>
    </message>
    <message>
        <source>Leading share</source>
        <translation>主导产业占比</translation>
    </message>
    <message>
        <source>Leading clarity</source>
        <translation>主导产业明确度</translation>
    </message>
    <message>
        <source>LQ of leading industry</source>
        <translation>主导产业区位熵</translation>
    </message>
    <message>
        <source>Herfindahl</source>
        <translation>赫芬达尔指数</translation>
    </message>
    <message>
        <source>Krugman</source>
        <translation>克鲁格曼指数</translation>
    </message>
    <message>
        <source>High-tech share</source>
        <translation>高新技术产业占比</translation>
    </message>
    <message>
        <source>New industry share</source>
        <translation>新兴产业占比</translation>
    </message>
    <message>
        <source>Traditional share</source>
        <translation>传统产业占比</translation>
    </message>
    <message>
        <source>Infrastructure gap</source>
        <translation>基础设施缺口</translation>
    </message>
    <message>
        <source>Linkage density</source>
        <translation>关联密度</translation>
    </message>
    <message>
        <source>Chain completeness</source>
        <translation>产业链完整度</translation>
    </message>
    <message>
        <source>Local sourcing</source>
        <translation>本地配套率</translation>
    </message>
    <message>
        <source>R&amp;D intensity</source>
        <translation>研发强度</translation>
    </message>
    <message>
        <source>SME share</source>
        <translation>中小企业占比</translation>
    </message>
    <message>
        <source>Business income (100 M yuan)</source>
        <translation>主营业务收入（亿元）</translation>
    </message>
    <message>
        <source>Fixed investment (100 M yuan)</source>
        <translation>固定资产投资（亿元）</translation>
    </message>
    <message>
        <source>Cluster stage</source>
        <translation>集群阶段</translation>
    </message>
    <message>
        <source>Innovation mode</source>
        <translation>创新模式</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>集聚区数</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <source>SMEs</source>
        <translation>中小企业数</translation>
    </message>
    <message>
        <source>Clearly positioned</source>
        <translation>主导产业明确占比</translation>
    </message>
    <message>
        <source>Mean leading share</source>
        <translation>平均主导产业占比</translation>
    </message>
    <message>
        <source>Mean infrastructure gap</source>
        <translation>平均基础设施缺口</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>City</source>
        <translation>所在市</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::IndicatorTablePanel</name>
    <message>
        <source>Districts</source>
        <translation>集聚区</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>县级单位</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>地级市</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>按名称筛选</translation>
    </message>
    <message>
        <source>Italic: illustrative values</source>
        <translation>斜体：示意值</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::IndustriesTab</name>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Output
亿元</source>
        <translation>产值
亿元</translation>
    </message>
    <message>
        <source>Employ-
ment</source>
        <translation>从业
人员</translation>
    </message>
    <message>
        <source>Enter-
prises</source>
        <translation>企业
数</translation>
    </message>
    <message>
        <source>SMEs</source>
        <translation>中小企业</translation>
    </message>
    <message>
        <source>High-tech
亿元</source>
        <translation>高新技术
亿元</translation>
    </message>
    <message>
        <source>LQ</source>
        <translation>区位熵</translation>
    </message>
    <message>
        <source>Sector (GB/T 4754-2017); ★ marks a leading industry</source>
        <translation>行业（GB/T 4754-2017）；★ 表示主导产业</translation>
    </message>
    <message>
        <source>Output value, 100 million yuan (亿元)</source>
        <translation>产值，单位：亿元</translation>
    </message>
    <message>
        <source>Employment, persons</source>
        <translation>从业人员，单位：人</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <source>Small and medium-sized enterprises</source>
        <translation>中小企业数</translation>
    </message>
    <message>
        <source>High-tech output, 100 million yuan (亿元); at most the output</source>
        <translation>高新技术产值，单位：亿元；不超过产值</translation>
    </message>
    <message>
        <source>Location quotient: the sector&apos;s share of the district&apos;s output over its share of the province&apos;s (above 1: more concentrated here)</source>
        <translation>区位熵：该行业占本集聚区产值的比重与其占全省产值的比重之比（大于 1 表示在此更为集中）</translation>
    </message>
    <message>
        <source>Sectors of the catalogue not yet active in the district</source>
        <translation>行业目录中本集聚区尚未开展的行业</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add the chosen sector to the district, with no output yet</source>
        <translation>将所选行业添加到本集聚区（暂无产值）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected sector&apos;s activity from the district</source>
        <translation>从本集聚区删除所选行业的产业活动</translation>
    </message>
    <message>
        <source>Make leading</source>
        <translation>设为主导</translation>
    </message>
    <message>
        <source>Add the selected sector to the leading industries, after those already chosen</source>
        <translation>将所选行业添加为主导产业，排在已选主导产业之后</translation>
    </message>
    <message>
        <source>Leading industries (up to three, in order)</source>
        <translation>主导产业（最多三个，按顺序）</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Not leading</source>
        <translation>取消主导</translation>
    </message>
    <message>
        <source>Remove the selected sector from the leading industries</source>
        <translation>将所选行业从主导产业中移除</translation>
    </message>
    <message>
        <source>&lt;i&gt;Figures in italics are %1.&lt;/i&gt; Double-click a number to edit it; money in 100 million yuan (亿元).</source>
        <translation>&lt;i&gt;斜体数字为%1。&lt;/i&gt;双击数字可编辑；金额单位为亿元。</translation>
    </message>
    <message>
        <source>Double-click a number to edit it; money in 100 million yuan (亿元).</source>
        <translation>双击数字可编辑；金额单位为亿元。</translation>
    </message>
    <message>
        <source>
Leading industry no. %1</source>
        <translation>
第 %1 主导产业</translation>
    </message>
    <message>
        <source>None designated: the largest sector stands in.</source>
        <translation>未指定：以产值最大的行业代替。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::InfrastructureTab</name>
    <message>
        <source>Utilities and sites 基础设施</source>
        <translation>基础设施</translation>
    </message>
    <message>
        <source>Transport 交通</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>Services 服务体系</source>
        <translation>服务体系</translation>
    </message>
    <message>
        <source>Finance 金融</source>
        <translation>金融</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>现状</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Current provision of %1, 0-100 (100: fully meets modern industrial demand)</source>
        <translation>%1 的现状供给水平，0-100（100：完全满足现代产业需求）</translation>
    </message>
    <message>
        <source>Provision of %1 the district&apos;s plan requires, 0-100</source>
        <translation>本集聚区规划所需的 %1 供给水平，0-100</translation>
    </message>
    <message>
        <source>Provision on a 0-100 scale (100: fully meets modern industrial demand). Mean gap: %1.</source>
        <translation>供给水平按 0-100 计（100：完全满足现代产业需求）。平均缺口：%1。</translation>
    </message>
    <message>
        <source>Values in italics are %1.</source>
        <translation>斜体数值为%1。</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::InnovationFinanceTab</name>
    <message>
        <source> 亿元</source>
        <translation> 亿元</translation>
    </message>
    <message>
        <source>Innovation 创新</source>
        <translation>创新</translation>
    </message>
    <message>
        <source> persons</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>R&amp;&amp;D spending (a year):</source>
        <translation>研发经费（年）：</translation>
    </message>
    <message>
        <source>R&amp;&amp;D staff:</source>
        <translation>研发人员：</translation>
    </message>
    <message>
        <source>Patents:</source>
        <translation>专利数：</translation>
    </message>
    <message>
        <source>High-tech enterprises:</source>
        <translation>高新技术企业数：</translation>
    </message>
    <message>
        <source>Finance 金融</source>
        <translation>金融</translation>
    </message>
    <message>
        <source>Fixed investment (cumulative):</source>
        <translation>固定资产投资（累计）：</translation>
    </message>
    <message>
        <source>Business income (a year):</source>
        <translation>主营业务收入（年）：</translation>
    </message>
    <message>
        <source>Listed companies:</source>
        <translation>上市公司数：</translation>
    </message>
    <message>
        <source>Venture capital funds:</source>
        <translation>创业投资基金数：</translation>
    </message>
    <message>
        <source>Innovation 创新 — %1</source>
        <translation>创新 — %1</translation>
    </message>
    <message>
        <source>Finance 金融 — %1</source>
        <translation>金融 — %1</translation>
    </message>
    <message>
        <source>R&amp;D intensity (R&amp;D spending / business income): %1. The Ningxia benchmarks are 1%, 1.5% and 2%.</source>
        <translation>研发强度（研发经费 / 主营业务收入）：%1。宁夏的基准为 1%、1.5% 和 2%。</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::InspectorTab</name>
    <message>
        <source>This plan is shown read-only: there is no undo stack to edit it with.</source>
        <translation>此规划以只读方式显示：没有可用于编辑的撤销栈。</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::LayerPanel</name>
    <message>
        <source>Draw the layer above the next one</source>
        <translation>将图层绘制在相邻图层之上</translation>
    </message>
    <message>
        <source>Draw the layer below the next one</source>
        <translation>将图层绘制在相邻图层之下</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Boundaries and choropleth</source>
        <translation>边界与分级设色图</translation>
    </message>
    <message>
        <source>Rivers</source>
        <translation>河流</translation>
    </message>
    <message>
        <source>Linkages between districts</source>
        <translation>集聚区间产业关联</translation>
    </message>
    <message>
        <source>Districts and parks</source>
        <translation>集聚区与园区</translation>
    </message>
    <message>
        <source>Towns</source>
        <translation>城镇</translation>
    </message>
    <message>
        <source>No data for this province.</source>
        <translation>本省无此数据。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::LegendWidget</name>
    <message>
        <source>Nothing is classified on the map.</source>
        <translation>地图上没有分级显示的内容。</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::LinkagesTab</name>
    <message>
        <source> 亿元</source>
        <translation> 亿元</translation>
    </message>
    <message>
        <source>Value of the supply, 100 million yuan (亿元) a year</source>
        <translation>年供应额，单位：亿元</translation>
    </message>
    <message>
        <source>Between sectors</source>
        <translation>行业之间</translation>
    </message>
    <message>
        <source>With other districts</source>
        <translation>与其他集聚区</translation>
    </message>
    <message>
        <source>The supplying sector</source>
        <translation>供应方行业</translation>
    </message>
    <message>
        <source>The buying sector</source>
        <translation>采购方行业</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>sells to</source>
        <translation>供应给</translation>
    </message>
    <message>
        <source>buys from</source>
        <translation>采购自</translation>
    </message>
    <message>
        <source>The sector whose products are supplied</source>
        <translation>所供应产品的行业</translation>
    </message>
    <message>
        <source>Output %1</source>
        <translation>产值 %1</translation>
    </message>
    <message>
        <source>Leading industry no. %1</source>
        <translation>第 %1 主导产业</translation>
    </message>
    <message>
        <source>A key supplier of %1 missing from the district</source>
        <translation>本集聚区缺少 %1 的关键供应行业</translation>
    </message>
    <message>
        <source>A key buyer of %1 missing from the district</source>
        <translation>本集聚区缺少 %1 的关键采购行业</translation>
    </message>
    <message numerus="yes">
        <source>Linkage density %1; chain completeness %2 (%n gap(s) in the leading chain).</source>
        <translation>
            <numerusform>关联密度 %1；产业链完整度 %2（主导产业链有 %n 处缺口）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;Links or input-output coefficients are %1.&lt;/i&gt;</source>
        <translation>&lt;i&gt;关联或投入产出系数为%1。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source>sells %1 to %2: %3</source>
        <translation>向 %2 供应 %1：%3</translation>
    </message>
    <message>
        <source>buys %1 from %2: %3</source>
        <translation>从 %2 采购 %1：%3</translation>
    </message>
    <message>
        <source>No links with other districts yet.</source>
        <translation>尚无与其他集聚区的关联。</translation>
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
        <source>Scale 1:%L1</source>
        <translation>比例尺 1:%L1</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>缩放至所选(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Scenario…</source>
        <translation>新建情景(&amp;N)…</translation>
    </message>
    <message>
        <source>Duplicate the plan shown as a named scenario to edit</source>
        <translation>将当前显示的规划复制为一个命名情景以供编辑</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>新建情景</translation>
    </message>
    <message>
        <source>Name of the scenario:</source>
        <translation>情景名称：</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>情景 %1</translation>
    </message>
    <message>
        <source>&amp;Delete Scenario</source>
        <translation>删除情景(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Compare with Baseline…</source>
        <translation>与基准方案比较(&amp;C)…</translation>
    </message>
    <message>
        <source>Side-by-side maps, a difference map and the changes</source>
        <translation>并排地图、差异图及变化列表</translation>
    </message>
    <message>
        <source>Language of map labels and names</source>
        <translation>地图标注及名称的语言</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Plan version shown and edited</source>
        <translation>显示并编辑的规划版本</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>地图(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation>情景(&amp;S)</translation>
    </message>
    <message>
        <source>Untitled %1</source>
        <translation>未命名 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is open already; close it before restoring its autosaved copy.</source>
        <translation>“%1”已经打开；请先关闭它，再恢复其自动保存的副本。</translation>
    </message>
    <message>
        <source>%1 (recovered)</source>
        <translation>%1（已恢复）</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Agglomap</source>
        <translation>%1[*] — %2 — Agglomap</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::ManualBreaksDialog</name>
    <message>
        <source>Manual Class Breaks</source>
        <translation>手动分级断点</translation>
    </message>
    <message>
        <source>Upper bound of each class, in ascending order. Values above the last bound form the top class.</source>
        <translation>各类的上限值，按升序排列。高于最后一个上限的值归入最高一类。</translation>
    </message>
    <message>
        <source>Upper bound</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Add Break</source>
        <translation>添加断点</translation>
    </message>
    <message>
        <source>Remove Break</source>
        <translation>删除断点</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a number.</source>
        <translation>第 %1 行：“%2”不是数字。</translation>
    </message>
    <message>
        <source>Row %1: %2 is not above the break before it.</source>
        <translation>第 %1 行：%2 不大于前一个断点。</translation>
    </message>
    <message>
        <source>Add at least one break.</source>
        <translation>请至少添加一个断点。</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::MapExportDialog</name>
    <message>
        <source>Export Map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution of PNG files and the clipboard image. SVG and PDF are vector files and print sharp at any size.</source>
        <translation>PNG 文件和剪贴板图像的分辨率。SVG 和 PDF 为矢量文件，任何尺寸打印都清晰。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>副标题(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>页面(&amp;P)：</translation>
    </message>
    <message>
        <source>PNG &amp;resolution:</source>
        <translation>PNG 分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::OverviewTab</name>
    <message>
        <source>below the 1% benchmark</source>
        <translation>低于 1% 基准</translation>
    </message>
    <message>
        <source>reaches 1%</source>
        <translation>达到 1%</translation>
    </message>
    <message>
        <source>reaches 1.5%</source>
        <translation>达到 1.5%</translation>
    </message>
    <message>
        <source>reaches 2%</source>
        <translation>达到 2%</translation>
    </message>
    <message>
        <source>below 10 billion yuan (100 亿元)</source>
        <translation>不足 100 亿元</translation>
    </message>
    <message>
        <source>reaches 10 billion yuan (100 亿元)</source>
        <translation>达到 100 亿元</translation>
    </message>
    <message>
        <source>reaches 50 billion yuan (500 亿元)</source>
        <translation>达到 500 亿元</translation>
    </message>
    <message>
        <source>reaches 100 billion yuan (1000 亿元)</source>
        <translation>达到 1000 亿元</translation>
    </message>
    <message>
        <source>District 集聚区</source>
        <translation>集聚区</translation>
    </message>
    <message>
        <source>Name (Chinese):</source>
        <translation>中文名称：</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>所在地：</translation>
    </message>
    <message>
        <source>The county the district lies in, and its city</source>
        <translation>集聚区所在的县及其所属的市</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Zone level:</source>
        <translation>开发区级别：</translation>
    </message>
    <message>
        <source>The development zone the district rests on</source>
        <translation>集聚区所依托的开发区级别</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Established:</source>
        <translation>设立年份：</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>面积：</translation>
    </message>
    <message>
        <source>Industrial output:</source>
        <translation>工业产值：</translation>
    </message>
    <message>
        <source>Output of all active sectors, 100 million yuan (亿元)</source>
        <translation>所有在产行业的产值，单位：亿元</translation>
    </message>
    <message>
        <source>Business income:</source>
        <translation>主营业务收入：</translation>
    </message>
    <message>
        <source>Business income a year, 100 million yuan (亿元)</source>
        <translation>年主营业务收入，单位：亿元</translation>
    </message>
    <message>
        <source>Leading industries:</source>
        <translation>主导产业：</translation>
    </message>
    <message>
        <source>Up to three, in order of priority (edit them on the Industries tab)</source>
        <translation>最多三个，按优先顺序排列（在“产业”选项卡中编辑）</translation>
    </message>
    <message>
        <source>Key indicators</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Leading share:</source>
        <translation>主导产业占比：</translation>
    </message>
    <message>
        <source>Output of the designated leading industries as a share of all output</source>
        <translation>指定主导产业的产值占总产值的比重</translation>
    </message>
    <message>
        <source>Leading clarity:</source>
        <translation>主导产业明确度：</translation>
    </message>
    <message>
        <source>How far the largest sector stands out: its share minus the second&apos;s</source>
        <translation>最大行业的突出程度：其占比减去第二大行业的占比</translation>
    </message>
    <message>
        <source>Infrastructure gap:</source>
        <translation>基础设施缺口：</translation>
    </message>
    <message>
        <source>Mean shortfall of provision against requirement; 0% = all met</source>
        <translation>供给相对需求的平均缺口；0% 表示全部满足</translation>
    </message>
    <message>
        <source>Linkage density:</source>
        <translation>关联密度：</translation>
    </message>
    <message>
        <source>Supply links among the active sectors, as a share of all possible</source>
        <translation>在产行业之间的供应关联占全部可能关联的比重</translation>
    </message>
    <message>
        <source>Chain completeness:</source>
        <translation>产业链完整度：</translation>
    </message>
    <message>
        <source>Share of the leading chain&apos;s key suppliers and buyers active here</source>
        <translation>主导产业链的关键供应与采购行业中在本集聚区开展的比重</translation>
    </message>
    <message>
        <source>R&amp;&amp;D intensity:</source>
        <translation>研发强度：</translation>
    </message>
    <message>
        <source>R&amp;D spending / business income, against the 1% / 1.5% / 2% benchmarks</source>
        <translation>研发经费 / 主营业务收入，对照 1% / 1.5% / 2% 基准</translation>
    </message>
    <message>
        <source>Income tier:</source>
        <translation>收入档次：</translation>
    </message>
    <message>
        <source>Business income against the Henan 2012 targets</source>
        <translation>主营业务收入对照河南 2012 年目标</translation>
    </message>
    <message>
        <source>Cluster stage:</source>
        <translation>集群阶段：</translation>
    </message>
    <message>
        <source>Informal, organized or innovative (the Ningxia paper&apos;s phases)</source>
        <translation>自发阶段、组织阶段或创新阶段（宁夏论文中的阶段划分）</translation>
    </message>
    <message>
        <source>Innovation mode:</source>
        <translation>创新模式：</translation>
    </message>
    <message>
        <source>Progressive, fundamental or convergence (the Henan paper&apos;s modes)</source>
        <translation>渐进式、根本性或融合式创新（河南论文中的创新模式）</translation>
    </message>
    <message>
        <source>&lt;i&gt;Placeholder: named after the host county.&lt;/i&gt;</source>
        <translation>&lt;i&gt;占位名称：以所在县命名。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;[%1] name&lt;/i&gt;</source>
        <translation>&lt;i&gt;[%1] 名称&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No source gives the district&apos;s real name; enter it above.</source>
        <translation>没有来源提供该集聚区的真实名称，请在上方输入。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 km² planned, %2 km² built</source>
        <translation>规划 %1 km²，建成 %2 km²</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1/年</translation>
    </message>
    <message>
        <source>none designated</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>no analysis</source>
        <translation>无分析结果</translation>
    </message>
    <message>
        <source>clearly positioned</source>
        <translation>主导产业明确</translation>
    </message>
    <message>
        <source>not clearly positioned</source>
        <translation>主导产业不明确</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 points (largest sector %2)</source>
        <translation>%1 个百分点（最大行业占 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n missing link(s))</source>
        <translation>
            <numerusform>%1（缺失 %n 个环节）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::PlanWorkspace</name>
    <message>
        <source>Baseline</source>
        <translation>基准方案</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::ProfileExportDialog</name>
    <message>
        <source>Export District Profiles</source>
        <translation>导出集聚区概况</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>集聚区</translation>
    </message>
    <message>
        <source>The selected district (none selected)</source>
        <translation>所选集聚区（未选择）</translation>
    </message>
    <message>
        <source>The selected district: %1</source>
        <translation>所选集聚区：%1</translation>
    </message>
    <message>
        <source>All districts of the city</source>
        <translation>该市全部集聚区</translation>
    </message>
    <message>
        <source>All districts of the province</source>
        <translation>全省全部集聚区</translation>
    </message>
    <message>
        <source>The districts the District list shows (its filters applied)</source>
        <translation>集聚区列表当前显示的集聚区（按其筛选条件）</translation>
    </message>
    <message>
        <source>One PDF with contents, page numbers and bookmarks</source>
        <translation>一个 PDF，含目录、页码和书签</translation>
    </message>
    <message>
        <source>One PDF per district</source>
        <translation>每个集聚区一个 PDF</translation>
    </message>
    <message>
        <source>One PDF per city</source>
        <translation>每个市一个 PDF</translation>
    </message>
    <message>
        <source>File names: {id} {name_zh} {name_en} {county} {city} {city_zh} {city_en}</source>
        <translation>文件名：{id} {name_zh} {name_en} {county} {city} {city_zh} {city_en}</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>版式(&amp;L)：</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>文件名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>页面(&amp;P)：</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) to export</source>
        <translation>
            <numerusform>将导出 %n 个集聚区</numerusform>
        </translation>
    </message>
    <message>
        <source>district profiles.pdf</source>
        <translation>集聚区概况.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>No districts to export.</source>
        <translation>没有可导出的集聚区。</translation>
    </message>
    <message>
        <source>Writing district profiles…</source>
        <translation>正在写入集聚区概况…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Writing %1 of %2: %3</source>
        <translation>正在写入第 %1 个（共 %2 个）：%3</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n profile(s); finished files were kept.</source>
        <translation>
            <numerusform>已在完成 %n 份概况后取消；已完成的文件予以保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n profile(s), %1 pages, in %2 file(s).</source>
        <translation>
            <numerusform>已写入 %n 份概况，共 %1 页，%2 个文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::ProjectActions</name>
    <message>
        <source>&amp;New Plan…</source>
        <translation>新建规划(&amp;N)…</translation>
    </message>
    <message>
        <source>Start an empty plan on a province&apos;s boundaries</source>
        <translation>基于某省的边界新建空白规划</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>导入数据(&amp;I)…</translation>
    </message>
    <message>
        <source>Districts and statistics from CSV, Excel, ODS, GeoJSON, Shapefile or GeoPackage</source>
        <translation>从 CSV、Excel、ODS、GeoJSON、Shapefile 或 GeoPackage 导入集聚区及统计数据</translation>
    </message>
    <message>
        <source>Replace &amp;Boundaries…</source>
        <translation>替换边界(&amp;B)…</translation>
    </message>
    <message>
        <source>Put official boundaries in place of the bundled ones, matched by administrative code</source>
        <translation>用官方边界替换内置边界，按行政区划代码匹配</translation>
    </message>
    <message>
        <source>Open &amp;Sample Plan</source>
        <translation>打开示例规划(&amp;S)</translation>
    </message>
    <message>
        <source>Henan 河南 (2009)</source>
        <translation>河南 Henan（2009）</translation>
    </message>
    <message>
        <source>Cannot open the sample plan</source>
        <translation>无法打开示例规划</translation>
    </message>
    <message>
        <source>Ningxia 宁夏 (2008)</source>
        <translation>宁夏 Ningxia（2008）</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>打开最近(&amp;R)</translation>
    </message>
    <message>
        <source>Agglomap</source>
        <translation>Agglomap 产业集聚区规划</translation>
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
        <source>New Plan</source>
        <translation>新建规划</translation>
    </message>
    <message>
        <source>Boundaries of the province:</source>
        <translation>省份边界：</translation>
    </message>
    <message>
        <source>Cannot start a new plan</source>
        <translation>无法新建规划</translation>
    </message>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <source>%1: is neither an Agglomap plan nor a data file Agglomap imports (CSV, XLSX, ODS, GeoJSON, Shapefile, GeoPackage).</source>
        <translation>%1：既不是 Agglomap 规划文件，也不是 Agglomap 可导入的数据文件（CSV、XLSX、ODS、GeoJSON、Shapefile、GeoPackage）。</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>打开规划</translation>
    </message>
    <message>
        <source>Agglomap plans (*.gpkg);;All files (*)</source>
        <translation>Agglomap 规划文件 (*.gpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>无法打开规划</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>无法保存规划</translation>
    </message>
    <message>
        <source>Save Plan As</source>
        <translation>规划另存为</translation>
    </message>
    <message>
        <source>Agglomap plans (*.gpkg)</source>
        <translation>Agglomap 规划文件 (*.gpkg)</translation>
    </message>
    <message>
        <source>Cannot import the data</source>
        <translation>无法导入数据</translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Data files (*.csv *.xlsx *.ods *.geojson *.json *.shp *.gpkg);;All files (*)</source>
        <translation>数据文件 (*.csv *.xlsx *.ods *.geojson *.json *.shp *.gpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>没有最近打开的规划</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>Agglomap closed without saving the changes to &quot;%1&quot;. An autosaved copy from %2 was kept.

Restore it? (No discards the copy.)</source>
        <translation>Agglomap 关闭时未保存对“%1”的更改，已保留于 %2 自动保存的副本。

是否恢复该副本？（选择“否”将丢弃该副本。）</translation>
    </message>
    <message>
        <source>Cannot restore the autosaved copy</source>
        <translation>无法恢复自动保存的副本</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Save them before closing?</source>
        <translation>“%1”有未保存的更改。是否在关闭前保存？</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::RecommendationListModel</name>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>行业</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::RecommendationsPanel</name>
    <message>
        <source>Select a district on the map or in a list to see what the papers recommend for it.</source>
        <translation>在地图或列表中选择一个集聚区，查看文献对其提出的建议。</translation>
    </message>
    <message>
        <source>Cluster stage: %1 · Innovation mode: %2</source>
        <translation>集群阶段：%1 · 创新模式：%2</translation>
    </message>
    <message>
        <source>No recommendations: the district meets every rule&apos;s threshold.</source>
        <translation>无建议：该集聚区满足所有规则的阈值。</translation>
    </message>
    <message>
        <source>Sectors: %1</source>
        <translation>行业：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::RegionTreeModel</name>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>集聚区数</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::ScenarioComparisonDialog</name>
    <message>
        <source>Compare “%1” with “%2”</source>
        <translation>比较“%1”与“%2”</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Scenario minus baseline</source>
        <translation>情景减基准方案</translation>
    </message>
    <message>
        <source>Difference Map</source>
        <translation>差异图</translation>
    </message>
    <message>
        <source>District</source>
        <translation>集聚区</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基准方案</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Changed Indicators</source>
        <translation>有变化的指标</translation>
    </message>
    <message>
        <source>Changed Recommendations</source>
        <translation>有变化的建议</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>变化：%1</translation>
    </message>
    <message>
        <source>Cluster stage</source>
        <translation>集群阶段</translation>
    </message>
    <message>
        <source>Innovation mode</source>
        <translation>创新模式</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>不再需要</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator value(s) changed</source>
        <translation>
            <numerusform>%n 个指标值有变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) changed</source>
        <translation>
            <numerusform>%n 条建议有变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) added</source>
        <translation>
            <numerusform>新增 %n 个集聚区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) removed</source>
        <translation>
            <numerusform>删除 %n 个集聚区</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::SectorNetworkView</name>
    <message>
        <source>No active sectors: add industries to see their network.</source>
        <translation>没有在产行业：请添加产业以查看其关联网络。</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>%1 缺失</translation>
    </message>
    <message>
        <source>Active sector</source>
        <translation>在产行业</translation>
    </message>
    <message>
        <source>Leading industry (rank)</source>
        <translation>主导产业（位次）</translation>
    </message>
    <message>
        <source>Missing in the leading chain</source>
        <translation>主导产业链中缺失</translation>
    </message>
    <message>
        <source>Supply link (width = value)</source>
        <translation>供应关联（线宽 = 数值）</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::WorkspaceDocks</name>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>集聚区</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>属性面板</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Indicator Table</source>
        <translation>指标表</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>There is no district with id %1 in this plan.</source>
        <translation>本规划中没有 ID 为 %1 的集聚区。</translation>
    </message>
    <message>
        <source>Set %1 output of %2 to %3</source>
        <translation>将 %2 的 %1 产值设为 %3</translation>
    </message>
    <message>
        <source>Add %1 to %2 (output %3)</source>
        <translation>向 %2 添加 %1（产值 %3）</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>从 %2 删除 %1</translation>
    </message>
    <message>
        <source>Clear the leading industries of %1</source>
        <translation>清除 %1 的主导产业</translation>
    </message>
    <message>
        <source>Make %1 the leading industry of %2</source>
        <translation>将 %1 设为 %2 的主导产业</translation>
    </message>
    <message>
        <source>Make %1 the leading industries of %2</source>
        <translation>将 %1 设为 %2 的主导产业</translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3 (requires %4)</source>
        <translation>将 %2 的 %1 设为 %3（需求 %4）</translation>
    </message>
    <message>
        <source>Set innovation of %1 (R&amp;D spending %2, %3 patents)</source>
        <translation>设置 %1 的创新指标（研发经费 %2，专利 %3 项）</translation>
    </message>
    <message>
        <source>Set finance of %1 (business income %2, fixed investment %3)</source>
        <translation>设置 %1 的金融指标（主营业务收入 %2，固定资产投资 %3）</translation>
    </message>
    <message>
        <source>Add link %1 → %2 in %3</source>
        <translation>在 %3 中添加关联 %1 → %2</translation>
    </message>
    <message>
        <source>Remove link %1 → %2 in %3</source>
        <translation>在 %3 中删除关联 %1 → %2</translation>
    </message>
    <message>
        <source>Add %1 link %2 → %3</source>
        <translation>添加 %1 关联 %2 → %3</translation>
    </message>
    <message>
        <source>Remove %1 link %2 → %3</source>
        <translation>删除 %1 关联 %2 → %3</translation>
    </message>
    <message>
        <source>Add district %1</source>
        <translation>添加集聚区 %1</translation>
    </message>
    <message>
        <source>Delete district %1</source>
        <translation>删除集聚区 %1</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>将 %1 移至 %2</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>The import refers to district %1, which this plan no longer has; prepare the import again.</source>
        <translation>导入涉及集聚区 %1，但本规划中已没有该集聚区；请重新准备导入。</translation>
    </message>
    <message>
        <source>The import changes nothing: every value equals the plan&apos;s.</source>
        <translation>此次导入不会更改任何内容：所有数值均与规划中的相同。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n district(s) from %1</source>
        <translation>
            <numerusform>从 %1 导入 %n 个集聚区</numerusform>
        </translation>
    </message>
</context>
</TS>
