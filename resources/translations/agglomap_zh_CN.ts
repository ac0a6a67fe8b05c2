<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AreaUnits</name>
    <message>
        <source>km²</source>
        <translation>平方公里</translation>
    </message>
    <message>
        <source>ha</source>
        <translation>公顷</translation>
    </message>
    <message>
        <source>mu</source>
        <translation>亩</translation>
    </message>
    <message>
        <source>Square kilometres (km²)</source>
        <translation>平方公里 (km²)</translation>
    </message>
    <message>
        <source>Hectares (ha, 公顷)</source>
        <translation>公顷 (ha)</translation>
    </message>
    <message>
        <source>Mu (亩, 1/15 ha)</source>
        <translation>亩 (1/15 公顷)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>number, unit</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
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
        <source>Some values on this map are generated for illustration, not taken from a source. They are marked with dashed outlines and * in the plan's tables.</source>
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
    <message>
        <source>Illustrative: %1</source>
        <extracomment>%1 says how the value was generated</extracomment>
        <translation>示意值：%1</translation>
    </message>
    <message>
        <source>generated, no source</source>
        <translation>生成值，无资料来源</translation>
    </message>
    <message>
        <source>Imported from %1, column "%2", row %3, on %4</source>
        <extracomment>%1 is a file, %2 a column, %3 a row number, %4 a date and time</extracomment>
        <translation>导入自 %1，列“%2”，第 %3 行，%4</translation>
    </message>
    <message>
        <source>Entered from %1</source>
        <extracomment>%1 names a published source</extracomment>
        <translation>录入自 %1</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>Entered by hand on %1</source>
        <translation>手工录入于 %1</translation>
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
    <message>
        <source>Below −2 SD</source>
        <translation>低于 −2 个标准差</translation>
    </message>
    <message>
        <source>−2 to −1 SD</source>
        <translation>−2 至 −1 个标准差</translation>
    </message>
    <message>
        <source>−1 to 0 SD</source>
        <translation>−1 至 0 个标准差</translation>
    </message>
    <message>
        <source>0 to 1 SD</source>
        <translation>0 至 1 个标准差</translation>
    </message>
    <message>
        <source>1 to 2 SD</source>
        <translation>1 至 2 个标准差</translation>
    </message>
    <message>
        <source>Above 2 SD</source>
        <translation>高于 2 个标准差</translation>
    </message>
    <message>
        <source>Lower outlier</source>
        <translation>下端异常值</translation>
    </message>
    <message>
        <source>&lt; 25%</source>
        <translation>低于 25% 分位</translation>
    </message>
    <message>
        <source>25–50%</source>
        <translation>25%–50% 分位</translation>
    </message>
    <message>
        <source>50–75%</source>
        <translation>50%–75% 分位</translation>
    </message>
    <message>
        <source>&gt; 75%</source>
        <translation>高于 75% 分位</translation>
    </message>
    <message>
        <source>Upper outlier</source>
        <translation>上端异常值</translation>
    </message>
    <message>
        <source>&lt; 1%</source>
        <translation>低于 1% 分位</translation>
    </message>
    <message>
        <source>1–10%</source>
        <translation>1%–10% 分位</translation>
    </message>
    <message>
        <source>10–50%</source>
        <translation>10%–50% 分位</translation>
    </message>
    <message>
        <source>50–90%</source>
        <translation>50%–90% 分位</translation>
    </message>
    <message>
        <source>90–99%</source>
        <translation>90%–99% 分位</translation>
    </message>
    <message>
        <source>&gt; 99%</source>
        <translation>高于 99% 分位</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the name of a class (Lower outlier, −1 to 0 SD), %2 its range of values</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>province-wide classes, for comparison</source>
        <translation>沿用全省分级，便于比较</translation>
    </message>
    <message>
        <source>classes of the counties shown</source>
        <translation>按所示县区分级</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>%1 is the method and class count, %2 which regions the classes come from</extracomment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>Weighted mean</source>
        <translation>加权平均值</translation>
    </message>
    <message>
        <source>Mean weighted by output</source>
        <translation>按产值加权平均</translation>
    </message>
    <message>
        <source>Mean weighted by business income</source>
        <translation>按主营业务收入加权平均</translation>
    </message>
    <message>
        <source>Mean weighted by enterprises</source>
        <translation>按企业数加权平均</translation>
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
    <message>
        <source>provenance of %1</source>
        <translation>%1 的来源</translation>
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
    <name>agglomap::analysis::Classification</name>
    <message>
        <source>Equal interval</source>
        <extracomment>Name of a classification method</extracomment>
        <translation>等间距</translation>
    </message>
    <message>
        <source>Quantile (equal count)</source>
        <translation>分位数（等数量）</translation>
    </message>
    <message>
        <source>Natural breaks (Fisher–Jenks)</source>
        <translation>自然断点（Fisher–Jenks）</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>Pretty breaks</source>
        <translation>整数断点</translation>
    </message>
    <message>
        <source>Box map (hinge 1.5)</source>
        <translation>箱线图分级（铰链 1.5）</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>百分位</translation>
    </message>
    <message>
        <source>Manual breaks</source>
        <translation>手动断点</translation>
    </message>
</context>
<context>
    <name>agglomap::analysis::Recommendations</name>
    <message>
        <source>Henan paper §4.1 (unclear leading industries) and §4.2, first countermeasure</source>
        <extracomment>Source of a recommended measure: a section of the Henan or Ningxia paper</extracomment>
        <translation>河南论文第 4.1 节（主导产业不明确）及第 4.2 节第一条对策</translation>
    </message>
    <message>
        <source>Henan paper §4.1 (infrastructure lags; some districts lack water and power)</source>
        <translation>河南论文第 4.1 节（基础设施滞后，部分集聚区缺水缺电）</translation>
    </message>
    <message>
        <source>Henan paper §4.1 (imperfect industry service system: R&amp;D, marketing)</source>
        <translation>河南论文第 4.1 节（产业服务体系不完善：研发、营销）</translation>
    </message>
    <message>
        <source>Henan paper §4.1 (no commercial bank except the four major state banks)</source>
        <translation>河南论文第 4.1 节（除四大国有银行外没有商业银行）</translation>
    </message>
    <message>
        <source>Henan paper §4.1 (low industry correlation) and §4.2, fourth countermeasure</source>
        <translation>河南论文第 4.1 节（产业关联度低）及第 4.2 节第四条对策</translation>
    </message>
    <message>
        <source>Henan paper §4.2, third countermeasure; Ningxia paper §5.2.2</source>
        <translation>河南论文第 4.2 节第三条对策；宁夏论文第 5.2.2 节</translation>
    </message>
    <message>
        <source>Ningxia paper §4.2.2 (641 of 761 enterprises small), §5.3.2 and §5.3.3</source>
        <translation>宁夏论文第 4.2.2 节（761 家企业中 641 家为小企业）、第 5.3.2 节及第 5.3.3 节</translation>
    </message>
    <message>
        <source>Henan paper §4.2, second countermeasure (transfer alone solidifies the technology gap)</source>
        <translation>河南论文第 4.2 节第二条对策（单纯承接产业转移会固化技术差距）</translation>
    </message>
    <message>
        <source>Ningxia paper §4.2.6 (11 listed companies) and §5.3.6</source>
        <translation>宁夏论文第 4.2.6 节（11 家上市公司）及第 5.3.6 节</translation>
    </message>
    <message>
        <source>Ningxia paper §2.3 (three phases) and §3.3.1 (the government's role in each)</source>
        <translation>宁夏论文第 2.3 节（三个阶段）及第 3.3.1 节（政府在各阶段的作用）</translation>
    </message>
    <message>
        <source>Henan paper §2 (three modes of industrial innovation)</source>
        <translation>河南论文第 2 节（产业创新的三种模式）</translation>
    </message>
    <message>
        <source>Ningxia paper §4.2.5 and §5.3.2-5.3.3; benchmark: high-tech enterprise recognition, Guokefahuo [2016] No. 32</source>
        <translation>宁夏论文第 4.2.5 节及第 5.3.2–5.3.3 节；基准：高新技术企业认定，国科发火〔2016〕32号</translation>
    </message>
</context>
<context>
    <name>agglomap::app::CommandLine</name>
    <message>
        <source>--size expects WIDTHxHEIGHT in pixels, e.g. 1600x1200, not "%1".</source>
        <extracomment>%1 is what was typed</extracomment>
        <translation>--size 应为以像素计的“宽x高”，例如 1600x1200，而不是“%1”。</translation>
    </message>
    <message>
        <source>--size is limited to %1 pixels a side.</source>
        <translation>--size 每边最多 %1 像素。</translation>
    </message>
    <message>
        <source>Name the output image with -o FILE.png.
%1</source>
        <extracomment>%1 is the command's usage</extracomment>
        <translation>请用 -o 文件.png 指定输出图片。
%1</translation>
    </message>
    <message>
        <source>--map expects TARGET=COLUMN, such as water_current=供水, not "%1".</source>
        <translation>--map 应为“目标=列”，例如 water_current=供水，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1: has no column "%2"; its columns are %3.</source>
        <translation>%1：没有“%2”列；它的列有 %3。</translation>
    </message>
    <message>
        <source>%1: no column looks like a district id, county code or name; name it with --key and --join.</source>
        <translation>%1：没有哪一列像集聚区编号、县代码或名称；请用 --key 和 --join 指定。</translation>
    </message>
    <message>
        <source>--map: "%1" is not a district value; use one of %2.</source>
        <translation>--map：“%1”不是集聚区的数值项；请使用 %2 之一。</translation>
    </message>
    <message>
        <source>%1: unknown layer "%2"; layers are regions, rivers, linkages, districts, towns.</source>
        <translation>%1：未知图层“%2”；图层有 regions、rivers、linkages、districts、towns。</translation>
    </message>
    <message>
        <source>--level is city or county, not "%1".</source>
        <translation>--level 为 city 或 county，而不是“%1”。</translation>
    </message>
    <message>
        <source>--indicator: unknown indicator "%1"; one of: %2.</source>
        <translation>--indicator：未知指标“%1”；可选：%2。</translation>
    </message>
    <message>
        <source>--ramp: unknown colour ramp "%1" (ColorBrewer names such as YlOrRd, Blues, RdBu).</source>
        <translation>--ramp：未知色带“%1”（请用 ColorBrewer 名称，如 YlOrRd、Blues、RdBu）。</translation>
    </message>
    <message>
        <source>-o: the file name must end in .png, .svg or .pdf, not "%1".</source>
        <translation>-o：文件名须以 .png、.svg 或 .pdf 结尾，而不是“%1”。</translation>
    </message>
    <message>
        <source>Name the output with -o FILE.png, FILE.svg or FILE.pdf.
%1</source>
        <translation>请用 -o 文件.png、文件.svg 或 文件.pdf 指定输出。
%1</translation>
    </message>
    <message>
        <source>--city: %1 is not a city of %2. Its cities are:</source>
        <translation>--city：%1 不是 %2 的市。其市有：</translation>
    </message>
    <message>
        <source>Wrote %1 and %2</source>
        <translation>已写入 %1 和 %2</translation>
    </message>
    <message>
        <source>--city: %1 is not a city of the plan's province.</source>
        <translation>--city：%1 不是规划所在省的市。</translation>
    </message>
    <message>
        <source>--district: the plan has no district %1.</source>
        <translation>--district：规划中没有集聚区 %1。</translation>
    </message>
    <message>
        <source>--district %1 is not in --city %2; give one of them, or districts of that city.</source>
        <translation>--district %1 不在 --city %2 中；请只给出其一，或给出该市的集聚区。</translation>
    </message>
    <message>
        <source>--district needs at least one district id, as in --district 12,48.</source>
        <translation>--district 至少需要一个集聚区编号，例如 --district 12,48。</translation>
    </message>
    <message>
        <source>--layout is atlas, per-district or per-city, not "%1".</source>
        <translation>--layout 为 atlas、per-district 或 per-city，而不是“%1”。</translation>
    </message>
    <message>
        <source>--page is a4-portrait, a4-landscape, a3-portrait or a3-landscape, not "%1".</source>
        <translation>--page 为 a4-portrait、a4-landscape、a3-portrait 或 a3-landscape，而不是“%1”。</translation>
    </message>
    <message>
        <source>Name the output with -o FILE.pdf (an atlas) or -o FOLDER.
%1</source>
        <translation>请用 -o 文件.pdf（图册）或 -o 文件夹 指定输出。
%1</translation>
    </message>
    <message>
        <source>-o: an atlas is one PDF; name it FILE.pdf, not "%1".</source>
        <translation>-o：图册是一个 PDF；请命名为 文件.pdf，而不是“%1”。</translation>
    </message>
    <message>
        <source>Wrote %1 profiles, %2 pages, in %3 file(s) in %4 s: %5</source>
        <translation>已写入 %1 份简介，共 %2 页，%3 个文件，用时 %4 秒：%5</translation>
    </message>
    <message>
        <source>import needs --plan, -o and at least one --data or --boundaries.
</source>
        <translation>import 需要 --plan、-o，以及至少一个 --data 或 --boundaries。
</translation>
    </message>
    <message>
        <source>Nothing was imported: no row changed the plan. %1 was not written.</source>
        <translation>没有导入任何内容：没有一行改变规划。未写入 %1。</translation>
    </message>
    <message>
        <source>agglomap: "%1" is not a command or a file.</source>
        <translation>agglomap：“%1”既不是命令，也不是文件。</translation>
    </message>
    <message>
        <source>Unknown option %1.
%2</source>
        <extracomment>%1 is what was typed, %2 the command's usage</extracomment>
        <translation>未知选项 %1。
%2</translation>
    </message>
    <message>
        <source>%1 needs a value.
%2</source>
        <extracomment>%1 is an option, %2 the command's usage</extracomment>
        <translation>%1 需要一个值。
%2</translation>
    </message>
    <message>
        <source>%1 expects a whole number from %2 to %3, not "%4".</source>
        <extracomment>%1 is an option, %2 and %3 its range, %4 what was typed</extracomment>
        <translation>%1 应为 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>%1 is one of %2, not "%3".</source>
        <extracomment>%1 is an option, %2 its choices, %3 what was typed</extracomment>
        <translation>%1 应为 %2 之一，而不是“%3”。</translation>
    </message>
    <message>
        <source>The map is drawn without districts: %1</source>
        <translation>地图未绘制集聚区：%1</translation>
    </message>
    <message>
        <source>%1 is not a city of %2. Its cities are:</source>
        <translation>%1 不是 %2 的市。其市有：</translation>
    </message>
    <message>
        <source>%1: the name must end in .png or .jpg.</source>
        <translation>%1：文件名须以 .png 或 .jpg 结尾。</translation>
    </message>
    <message>
        <source>%1: could not be written (%2).</source>
        <translation>%1：无法写入（%2）。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2x%3 px, %4 dpi): loaded in %5 ms, drawn in %6 ms</source>
        <translation>已写入 %1（%2x%3 像素，%4 dpi）：加载 %5 毫秒，绘制 %6 毫秒</translation>
    </message>
    <message>
        <source>%1 holds a plan's tables but is no longer a readable plan file: its metadata table (agglomap_meta) or its GeoPackage header is damaged. Open a backup copy.</source>
        <translation>%1 含有规划的数据表，但已不是可读的规划文件：其元数据表（agglomap_meta）或 GeoPackage 文件头已损坏。请打开备份副本。</translation>
    </message>
</context>
<context>
    <name>agglomap::app::OutOfMemory</name>
    <message>
        <source>Agglomap ran out of memory and stopped what it was doing; no file was changed. Close other programs, or use a smaller file (docs/limits.md lists what Agglomap reads).</source>
        <translation>Agglomap 内存不足，已停止当前操作；没有文件被改动。请关闭其他程序，或使用较小的文件（docs/limits.md 列出了 Agglomap 能读取的上限）。</translation>
    </message>
</context>
<context>
    <name>agglomap::geo::Boundaries</name>
    <message>
        <source>%1 to %2°E, %3 to %4°N</source>
        <extracomment>A bounding box: %1 to %2 are longitudes, %3 to %4 latitudes, in degrees</extracomment>
        <translation>东经 %1° 至 %2°，北纬 %3° 至 %4°</translation>
    </message>
    <message>
        <source>Region %1 (%2): its boundary has coordinates that are not numbers (NaN or infinite); replace the boundaries with official ones (agglomap import --boundaries) or open a backup copy.</source>
        <extracomment>%1 is a region's code, %2 its name</extracomment>
        <translation>区域 %1（%2）：其边界含有不是数值的坐标（NaN 或无穷大）；请用官方边界替换（agglomap import --boundaries），或打开备份副本。</translation>
    </message>
    <message>
        <source>Region %1 (%2): its boundary spans %3, beyond %4, where the province's boundaries can lie; replace the boundaries with official ones (agglomap import --boundaries) or open a backup copy.</source>
        <extracomment>%1 is a region's code, %2 its name, %3 the extent of its boundary, %4 the extent the province's boundaries may have</extracomment>
        <translation>区域 %1（%2）：其边界范围为 %3，超出了本省边界可能所在的范围（%4）；请用官方边界替换（agglomap import --boundaries），或打开备份副本。</translation>
    </message>
</context>
<context>
    <name>agglomap::geo::Projection</name>
    <message>
        <source>Cannot fit a projection to an empty extent.</source>
        <translation>无法为空范围确定投影。</translation>
    </message>
    <message>
        <source>PROJ does not understand the projection "%1": %2</source>
        <translation>PROJ 无法识别投影“%1”：%2</translation>
    </message>
    <message>
        <source>PROJ cannot transform between WGS84 and "%1": %2</source>
        <translation>PROJ 无法在 WGS84 与“%1”之间转换：%2</translation>
    </message>
</context>
<context>
    <name>agglomap::geo::RegionHierarchy</name>
    <message>
        <source>Region code %1 (%2) appears more than once.</source>
        <extracomment>%1 is a region's code, %2 its name</extracomment>
        <translation>行政区划代码 %1（%2）出现了不止一次。</translation>
    </message>
    <message>
        <source>Expected exactly one province outline, found %1.</source>
        <translation>应恰好有一个省级轮廓，实际找到 %1 个。</translation>
    </message>
    <message>
        <source>Region %1 (%2) names parent %3, which is not a province in these boundaries.</source>
        <extracomment>%1 is a region's code, %2 its name, %3 the code of its parent</extracomment>
        <translation>区域 %1（%2）的上级为 %3，但该代码在这些边界中不是省。</translation>
    </message>
    <message>
        <source>Region %1 (%2) names parent %3, which is not a city in these boundaries.</source>
        <translation>区域 %1（%2）的上级为 %3，但该代码在这些边界中不是地级市。</translation>
    </message>
</context>
<context>
    <name>agglomap::io::Boundaries</name>
    <message>
        <source>points</source>
        <extracomment>What a layer holds instead of polygons; fills %2 of "%1: holds %2, not polygons"</extracomment>
        <translation>点</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>线</translation>
    </message>
    <message>
        <source>a table without geometry</source>
        <translation>没有几何的表</translation>
    </message>
    <message>
        <source>%1: holds no layers.</source>
        <extracomment>%1 is the file</extracomment>
        <translation>%1：不包含任何图层。</translation>
    </message>
    <message>
        <source>%1: has no layer "%2"; its layers are %3.</source>
        <extracomment>%1 is the file, %2 the layer asked for, %3 the layers it has</extracomment>
        <translation>%1：没有图层“%2”；其图层为 %3。</translation>
    </message>
    <message>
        <source>%1, feature %2 (code %3)</source>
        <extracomment>Where a problem lies: %1 is the file (and layer), %2 the feature's number, %3 the region's administrative code</extracomment>
        <translation>%1，要素 %2（代码 %3）</translation>
    </message>
    <message>
        <source>%1°E, %2°N</source>
        <extracomment>A position: %1 is the longitude, %2 the latitude, in degrees</extracomment>
        <translation>东经 %1°，北纬 %2°</translation>
    </message>
    <message>
        <source>%1: lies around %2, far from %3, which the plan has around %4; is %5 the coordinate reference system it was made in?</source>
        <extracomment>%1 is the feature, %2 where it lies, %3 the region's name, %4 where the plan has the region, %5 the coordinate reference system the file was read in</extracomment>
        <translation>%1：位于 %2 附近，远离%3（规划中该区域位于 %4 附近）；该文件制作时使用的坐标参考系确实是 %5 吗？</translation>
    </message>
    <message>
        <source>%1: the geometry is empty; draw the boundary of %2 or delete the feature.</source>
        <extracomment>%1 is the feature, %2 the region's name</extracomment>
        <translation>%1：几何为空；请绘制%2的边界，或删除该要素。</translation>
    </message>
    <message>
        <source>%1: its geometry is a %2, not a polygon; boundaries must be polygons or multipolygons.</source>
        <extracomment>%1 is the feature, %2 its geometry type as GDAL names it (e.g. "point")</extracomment>
        <translation>%1：其几何类型为 %2，不是多边形；边界必须是多边形或多部件多边形。</translation>
    </message>
    <message>
        <source>%1: its coordinates cannot be transformed from %2 to longitude/latitude; is that the coordinate reference system it was made in?</source>
        <extracomment>%1 is the feature, %2 the coordinate reference system</extracomment>
        <translation>%1：其坐标无法从 %2 转换为经纬度；该文件制作时使用的是这个坐标参考系吗？</translation>
    </message>
    <message>
        <source>%1: the polygon is invalid and cannot be repaired; fix it (e.g. QGIS: Vector &gt; Geometry Tools &gt; Fix Geometries) and load the file again.</source>
        <translation>%1：多边形无效且无法自动修复；请先修复（例如 QGIS：矢量 &gt; 几何工具 &gt; 修复几何），再重新加载文件。</translation>
    </message>
    <message>
        <source>feature %1: code %2 is not a region of %3</source>
        <extracomment>%1 is the feature's number, %2 its code, %3 the province</extracomment>
        <translation>要素 %1：代码 %2 不是%3的行政区</translation>
    </message>
    <message>
        <source>%1: code %2 (%3) appears in features %4 and %5; give each region one feature (dissolve its parts into one multipolygon).</source>
        <extracomment>%1 is the file, %2 a region's code, %3 its name, %4 and %5 feature numbers</extracomment>
        <translation>%1：代码 %2（%3）同时出现在要素 %4 和 %5 中；每个行政区只能对应一个要素（请将其各部分融合为一个多部件多边形）。</translation>
    </message>
    <message>
        <source>%1: no feature's code (field "%2") matches a region of %3; is it the right province or field?</source>
        <extracomment>%1 is the file, %2 the code field, %3 the province</extracomment>
        <translation>%1：没有任何要素的代码（字段“%2”）与%3的行政区相符；省份或字段选对了吗？</translation>
    </message>
    <message>
        <source>%1: the new boundaries inside %2 (%3) cannot be joined into its outline; give its boundary in the file too.</source>
        <extracomment>%1 is the file, %2 a city or county name, %3 its code</extracomment>
        <translation>%1：%2（%3）范围内的新边界无法合并成其轮廓；请在文件中同时提供它的边界。</translation>
    </message>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <source>%1: not a vector file GDAL can read; check that it opens in QGIS, or export it again as GeoPackage or Shapefile.</source>
        <translation>%1：不是 GDAL 可读取的矢量文件；请确认它能在 QGIS 中打开，或重新导出为 GeoPackage 或 Shapefile。</translation>
    </message>
    <message>
        <source>%1: not a vector file GDAL can read (%2); check that it opens in QGIS, or export it again as GeoPackage or Shapefile.</source>
        <extracomment>%2 is GDAL's own message, in English</extracomment>
        <translation>%1：不是 GDAL 可读取的矢量文件（%2）；请确认它能在 QGIS 中打开，或重新导出为 GeoPackage 或 Shapefile。</translation>
    </message>
    <message>
        <source>%1, layer "%2"</source>
        <extracomment>%1 is the file, %2 a layer's name</extracomment>
        <translation>%1，图层“%2”</translation>
    </message>
    <message>
        <source>%1: holds %2, not polygons; choose the layer with the boundaries of the regions.</source>
        <extracomment>%1 is the file or layer; %2 is "points", "lines" or "a table without geometry"</extracomment>
        <translation>%1：包含的是%2，而不是多边形；请选择存放行政区边界的图层。</translation>
    </message>
    <message>
        <source>it has no fields</source>
        <extracomment>Fills %3 of "%1: has no field "%2"; %3." and %2 of the message that no code field was found</extracomment>
        <translation>它没有任何字段</translation>
    </message>
    <message>
        <source>its fields are %1</source>
        <translation>它的字段为 %1</translation>
    </message>
    <message>
        <source>%1: has no field "%2"; %3.</source>
        <translation>%1：没有字段“%2”；%3。</translation>
    </message>
    <message>
        <source>%1: no field is named like an administrative code field (adcode, code, pac, xzqdm, gb, dm, 行政区划代码, 区划代码, 代码, ...); %2. Choose the field holding the six-digit codes.</source>
        <translation>%1：没有字段的名称像行政区划代码字段（adcode、code、pac、xzqdm、gb、dm、行政区划代码、区划代码、代码等）；%2。请选择存放六位代码的字段。</translation>
    </message>
    <message>
        <source>%1: holds no features.</source>
        <translation>%1：不包含任何要素。</translation>
    </message>
    <message>
        <source>no code</source>
        <extracomment>Fills %4 of "%1, feature %2, field "%3": %4; every feature needs..."</extracomment>
        <translation>没有代码</translation>
    </message>
    <message>
        <source>"%1" is not a six-digit administrative code</source>
        <translation>“%1”不是六位行政区划代码</translation>
    </message>
    <message>
        <source>%1, feature %2, field "%3": %4; every feature needs the six-digit GB/T 2260 code of its region, e.g. 410102.</source>
        <extracomment>%1 is the file, %2 the feature's number, %3 the field, %4 the problem</extracomment>
        <translation>%1，要素 %2，字段“%3”：%4；每个要素都需要其行政区的六位 GB/T 2260 代码，例如 410102。</translation>
    </message>
    <message>
        <source>%1: the coordinate reference system "%2" is unknown; give an EPSG code such as EPSG:4547, a WKT or a PROJ string.</source>
        <extracomment>%1 is the file, %2 what the user typed</extracomment>
        <translation>%1：无法识别坐标参考系“%2”；请给出 EPSG 代码（如 EPSG:4547）、WKT 或 PROJ 字符串。</translation>
    </message>
    <message>
        <source>%1: has no coordinate reference system (no .prj); choose the one it was made in, e.g. EPSG:4490 (CGCS2000) or EPSG:4547.</source>
        <translation>%1：没有坐标参考系（缺少 .prj）；请选择制作时使用的坐标参考系，例如 EPSG:4490（CGCS2000）或 EPSG:4547。</translation>
    </message>
    <message>
        <source>%1: has no coordinate reference system; choose the one it was made in, e.g. EPSG:4490 (CGCS2000) or EPSG:4547.</source>
        <translation>%1：没有坐标参考系；请选择制作时使用的坐标参考系，例如 EPSG:4490（CGCS2000）或 EPSG:4547。</translation>
    </message>
    <message>
        <source>%1: cannot transform from its coordinate reference system (%2) to WGS84 longitude/latitude; choose a geodetic one such as EPSG:4490 (CGCS2000).</source>
        <extracomment>%1 is the file, %2 the name of its coordinate reference system</extracomment>
        <translation>%1：无法从其坐标参考系（%2）转换为 WGS84 经纬度；请选择大地坐标系，例如 EPSG:4490（CGCS2000）。</translation>
    </message>
    <message>
        <source>%1: has coordinates that are not numbers (NaN or infinite); fix or redraw the boundary of %2 and load the file again.</source>
        <extracomment>%1 is the feature, %2 the region's name</extracomment>
        <translation>%1：含有不是数值的坐标（NaN 或无穷大）；请修复或重新绘制%2的边界，再重新加载文件。</translation>
    </message>
    <message>
        <source>%1: spans %2, beyond %3 (%4, its extent grown by %5°); a boundary must lie within the province. Is %6 the coordinate reference system it was made in?</source>
        <extracomment>%1 is the feature, %2 the extent of its boundary, %3 the province, %4 the extent its boundaries may have, %5 the margin in degrees, %6 the coordinate reference system</extracomment>
        <translation>%1：范围为 %2，超出了%3（%4，即其外包框向外扩展 %5°）；边界必须位于本省范围内。该文件制作时使用的坐标参考系确实是 %6 吗？</translation>
    </message>
    <message>
        <source>%1: covers about %2 km², where the plan has %3 km² for %4; a new boundary may be at most %5 times larger or smaller than the region it replaces. Is it the boundary of %4, and is %6 the coordinate reference system it was made in?</source>
        <extracomment>%1 is the feature, %2 its area, %3 the area of the region it replaces, %4 the region's name, %5 the largest factor allowed (10), %6 the coordinate reference system</extracomment>
        <translation>%1：面积约 %2 平方公里，而规划中%4的面积为 %3 平方公里；新边界的面积不得超过所替换区域的 %5 倍，也不得小于其 1/%5。它确实是%4的边界吗？该文件制作时使用的坐标参考系确实是 %6 吗？</translation>
    </message>
</context>
<context>
    <name>agglomap::io::BoundaryLoader</name>
    <message>
        <source>%1, feature %2, field "%3": %4</source>
        <extracomment>%1 is the file, %2 the feature's number, %3 the field, %4 the problem</extracomment>
        <translation>%1，要素 %2，字段“%3”：%4</translation>
    </message>
    <message>
        <source>%1: the boundary file does not exist. Reinstall Agglomap or point --maps at a folder holding it.</source>
        <translation>%1：边界文件不存在。请重新安装 Agglomap，或用 --maps 指向包含该文件的文件夹。</translation>
    </message>
    <message>
        <source>%1: not a readable vector file (%2).</source>
        <extracomment>%2 is GDAL's own message, in English</extracomment>
        <translation>%1：不是可读取的矢量文件（%2）。</translation>
    </message>
    <message>
        <source>%1: the field "%2" is missing; every boundary needs code, parent_code, level, kind, name_zh and name_en.</source>
        <translation>%1：缺少字段“%2”；每条边界都需要 code、parent_code、level、kind、name_zh 和 name_en 字段。</translation>
    </message>
    <message>
        <source>not a positive administrative code.</source>
        <extracomment>Fills %4 of "%1, feature %2, field "%3": %4"</extracomment>
        <translation>不是正整数形式的行政区划代码。</translation>
    </message>
    <message>
        <source>"%1" is not province, city or county.</source>
        <translation>“%1”不是 province、city 或 county。</translation>
    </message>
    <message>
        <source>"%1" is not a known kind of unit.</source>
        <translation>“%1”不是已知的行政单位类型。</translation>
    </message>
    <message>
        <source>empty.</source>
        <translation>为空。</translation>
    </message>
    <message>
        <source>region %1 has no polygon.</source>
        <translation>行政区 %1 没有多边形。</translation>
    </message>
    <message>
        <source>%1: the file holds no regions.</source>
        <translation>%1：文件中没有任何行政区。</translation>
    </message>
</context>
<context>
    <name>agglomap::io::ContextLayerLoader</name>
    <message>
        <source>%1, feature %2, field "%3": %4</source>
        <extracomment>%1 is the file, %2 the feature's number, %3 the field, %4 the problem</extracomment>
        <translation>%1，要素 %2，字段“%3”：%4</translation>
    </message>
    <message>
        <source>%1: its coordinate system cannot be converted to WGS84 longitude/latitude (%2).</source>
        <extracomment>%2 is GDAL's own message, in English</extracomment>
        <translation>%1：其坐标系无法转换为 WGS84 经纬度（%2）。</translation>
    </message>
    <message>
        <source>"%1" is not a whole number from %2 to %3.</source>
        <translation>“%1”不是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>%1: the context layer file does not exist. Reinstall Agglomap or point --maps at a folder holding it.</source>
        <translation>%1：背景图层文件不存在。请重新安装 Agglomap，或用 --maps 指向包含该文件的文件夹。</translation>
    </message>
    <message>
        <source>%1: not a readable vector file (%2).</source>
        <extracomment>%2 is GDAL's own message, in English</extracomment>
        <translation>%1：不是可读取的矢量文件（%2）。</translation>
    </message>
    <message>
        <source>cannot be converted to WGS84.</source>
        <translation>无法转换为 WGS84。</translation>
    </message>
    <message>
        <source>a %1; a context layer holds lines (rivers) or points (towns), not areas. Load areas as boundaries instead.</source>
        <extracomment>%1 is a geometry type as GDAL names it, e.g. "Polygon"</extracomment>
        <translation>几何类型为 %1；背景图层只能包含线（河流）或点（城镇），不能包含面。面状数据请作为边界加载。</translation>
    </message>
    <message>
        <source>a %1 among lines; one context layer holds either lines or points.</source>
        <extracomment>%1 is a geometry type as GDAL names it, e.g. "Point"</extracomment>
        <translation>线要素中混有 %1；一个背景图层只能包含线或点中的一种。</translation>
    </message>
    <message>
        <source>a %1 among points; one context layer holds either lines or points.</source>
        <translation>点要素中混有 %1；一个背景图层只能包含线或点中的一种。</translation>
    </message>
    <message>
        <source>a line needs at least two points.</source>
        <translation>一条线至少需要两个点。</translation>
    </message>
    <message>
        <source>%1: the file holds no lines or points to draw.</source>
        <translation>%1：文件中没有可绘制的线或点。</translation>
    </message>
</context>
<context>
    <name>agglomap::io::Csv</name>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <extracomment>%1 is the file, %2 a line number, %3 a column letter (A, B, ...), %4 the problem</extracomment>
        <translation>%1，第 %2 行，第 %3 列：%4</translation>
    </message>
    <message>
        <source>the quoted field that opens here is never closed; add the missing quote ("), or save the file again if it was cut short.</source>
        <translation>从这里开始的带引号字段没有结束；请补上缺少的引号（"），如果文件被截断，请重新保存。</translation>
    </message>
    <message>
        <source>text follows the closing quote of a quoted field; write a quote inside a quoted field twice ("").</source>
        <translation>带引号字段的结束引号后面还有文字；带引号字段中的引号应写成两个（""）。</translation>
    </message>
    <message>
        <source>holds a NUL byte, which text never does: the file is damaged or not CSV text (a UTF-16 "Unicode text" file is full of them); save it again as CSV UTF-8.</source>
        <translation>含有 NUL 字节，文本中不会出现这种字节：文件已损坏，或不是 CSV 文本（UTF-16“Unicode 文本”文件中到处都是）；请重新保存为 CSV UTF-8。</translation>
    </message>
    <message>
        <source>lies beyond the header on line %1, which ends at column %2; a separator is extra, or a value holding one is not quoted.</source>
        <extracomment>Completes "&lt;file&gt;, line 7, column E: ..."; %1 is the header's line, %2 its last column (a letter)</extracomment>
        <translation>超出了第 %1 行的表头，表头到第 %2 列为止；可能多了一个分隔符，或含分隔符的值没有加引号。</translation>
    </message>
    <message>
        <source>lies beyond the %1 columns a table may have; check that this is the right file, or split its columns over two files.</source>
        <extracomment>Completes "&lt;file&gt;, line 1, column BXY: ..."; %1 is the most columns read</extracomment>
        <translation>超出了一个表最多可有的 %1 列；请确认文件是否正确，或将其各列拆分到两个文件中。</translation>
    </message>
    <message>
        <source>%1, line %2: ends after column %3 while the header on line %4 runs to column %5; a separator is missing, or a line break splits the row.</source>
        <extracomment>%1 is the file, %2 a line number, %3 the row's last column (a letter), %4 the header's line, %5 the header's last column</extracomment>
        <translation>%1，第 %2 行：到第 %3 列就结束了，而第 %4 行的表头到第 %5 列；可能缺少分隔符，或该行被换行符拆开了。</translation>
    </message>
</context>
<context>
    <name>agglomap::io::CsvTable</name>
    <message>
        <source>%1: cannot be opened (%2).</source>
        <translation>%1：无法打开（%2）。</translation>
    </message>
    <message>
        <source>%1: %2 MB is far larger than any plan table; is it the right file?</source>
        <translation>%1：%2 MB，远大于任何规划数据表；确定是这个文件吗？</translation>
    </message>
    <message>
        <source>%1: is not UTF-8 text (perhaps GBK); save it as UTF-8 and try again.</source>
        <translation>%1：不是 UTF-8 文本（可能是 GBK）；请另存为 UTF-8 后重试。</translation>
    </message>
    <message>
        <source>%1: is empty; it needs a header row.</source>
        <translation>%1：文件为空；需要有表头行。</translation>
    </message>
    <message>
        <source>%1: the column "%2" is missing from the header.</source>
        <translation>%1：表头中缺少列“%2”。</translation>
    </message>
    <message>
        <source>%1, row %2, field "%3": %4</source>
        <extracomment>%1 is the file, %2 the row, %3 the column, %4 the problem</extracomment>
        <translation>%1，第 %2 行，字段“%3”：%4</translation>
    </message>
    <message>
        <source>"%1" is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>"%1" is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
</context>
<context>
    <name>agglomap::io::DataTable</name>
    <message>
        <source>%1: its attribute table %2.dbf is missing; copy the .dbf (and .shx, .prj, .cpg) files along with the .shp.</source>
        <extracomment>%1 is the .shp file, %2 its name without suffix</extracomment>
        <translation>%1：缺少其属性表 %2.dbf；请将 .dbf（以及 .shx、.prj、.cpg）文件与 .shp 一起复制。</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <extracomment>A file size</extracomment>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1: the file does not exist; check its name and folder, or choose it again.</source>
        <translation>%1：文件不存在；请检查文件名和所在文件夹，或重新选择文件。</translation>
    </message>
    <message>
        <source>%1: is a folder; choose a data file inside it.</source>
        <translation>%1：这是一个文件夹；请选择其中的数据文件。</translation>
    </message>
    <message>
        <source>%1: is not a file Agglomap imports; save it as CSV, XLSX, ODS, GeoJSON, Shapefile (.shp) or GeoPackage (.gpkg).</source>
        <translation>%1：不是 Agglomap 可导入的文件；请另存为 CSV、XLSX、ODS、GeoJSON、Shapefile（.shp）或 GeoPackage（.gpkg）。</translation>
    </message>
    <message>
        <source>%1: cannot be opened; you may not have permission to read it.</source>
        <translation>%1：无法打开；您可能没有读取该文件的权限。</translation>
    </message>
    <message>
        <source>%1: is empty (0 bytes); choose the file that holds the data.</source>
        <translation>%1：文件为空（0 字节）；请选择包含数据的文件。</translation>
    </message>
    <message>
        <source>%1: is %2, more than the %3 an import reads; check that it is the right file, or split it.</source>
        <extracomment>%1 is the file, %2 its size, %3 the largest size an import reads</extracomment>
        <translation>%1：大小为 %2，超过了导入可读取的上限 %3；请确认文件是否正确，或将其拆分。</translation>
    </message>
    <message>
        <source>%1: %2 has no name; give every column a name in the header and import again.</source>
        <extracomment>%1 is the file, %2 a column ("column B") or field ("field 2")</extracomment>
        <translation>%1：%2没有名称；请在表头中为每一列命名后重新导入。</translation>
    </message>
    <message>
        <source>%1: %2 are both named "%3"; give each column its own name and import again.</source>
        <extracomment>%1 is the file, %2 two columns ("columns B and D") or fields, %3 their name</extracomment>
        <translation>%1：%2的名称都是“%3”；请为每一列取不同的名称后重新导入。</translation>
    </message>
    <message>
        <source>row %1</source>
        <extracomment>A spreadsheet row number, as in "file.xlsx, row 5: ..."</extracomment>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>feature %1</source>
        <extracomment>A GIS feature's number, as in "file.shp, feature 5: ..."</extracomment>
        <translation>第 %1 个要素</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>%1 is the file, %2 a row or feature, %3 the problem</extracomment>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>%1, %2, field "%3": %4</source>
        <extracomment>%1 is the file, %2 a row or feature, %3 the field, %4 the problem</extracomment>
        <translation>%1，%2，字段“%3”：%4</translation>
    </message>
    <message>
        <source>is not valid %1 text; choose the encoding the file was saved in.</source>
        <extracomment>Completes "&lt;file&gt;, row 5, field "x": ..."; %1 is an encoding name</extracomment>
        <translation>不是有效的 %1 文本；请选择文件保存时使用的编码。</translation>
    </message>
    <message>
        <source>is not valid %1 text, the encoding its .cpg file names; choose the encoding the file was saved in.</source>
        <translation>不是有效的 %1 文本（该编码由其 .cpg 文件指定）；请选择文件保存时使用的编码。</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text, which every %1 file must be; save it again from the program that made it.</source>
        <extracomment>%1 is a file format, e.g. GeoJSON</extracomment>
        <translation>不是有效的 UTF-8 文本，而 %1 文件必须使用 UTF-8；请用生成该文件的程序重新保存。</translation>
    </message>
    <message>
        <source>is neither UTF-8 nor GB18030 (GBK) text; save the file as UTF-8 and import it again.</source>
        <translation>既不是 UTF-8 文本，也不是 GB18030（GBK）文本；请将文件另存为 UTF-8 后重新导入。</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>field %1</source>
        <extracomment>%1 is a field's position, counted from 1</extracomment>
        <translation>第 %1 个字段</translation>
    </message>
    <message>
        <source>columns %1 and %2</source>
        <translation>第 %1 列和第 %2 列</translation>
    </message>
    <message>
        <source>fields %1 and %2</source>
        <translation>第 %1 个和第 %2 个字段</translation>
    </message>
    <message>
        <source>%1, name of %2: %3</source>
        <extracomment>%1 is the file, %2 a column or field, %3 the problem</extracomment>
        <translation>%1，%2的名称：%3</translation>
    </message>
    <message>
        <source>%1: its coordinate system cannot be converted to WGS84 longitude/latitude; save it in EPSG:4326 and import again.</source>
        <translation>%1：其坐标系无法转换为 WGS84 经纬度；请以 EPSG:4326 保存后重新导入。</translation>
    </message>
    <message>
        <source>%1: its coordinate system (%2) cannot be converted to WGS84 longitude/latitude; save it in EPSG:4326 and import again.</source>
        <extracomment>%2 is the coordinate system's code, e.g. EPSG:4547</extracomment>
        <translation>%1：其坐标系（%2）无法转换为 WGS84 经纬度；请以 EPSG:4326 保存后重新导入。</translation>
    </message>
    <message>
        <source>the geometry has no point inside it; check that it is a valid point, line or polygon.</source>
        <translation>几何内部找不到点；请检查它是否为有效的点、线或多边形。</translation>
    </message>
    <message>
        <source>the geometry's coordinates (%1, %2) lie outside any map; check them and the file's coordinate system.</source>
        <extracomment>%1 and %2 are the coordinates as found in the file</extracomment>
        <translation>几何的坐标（%1, %2）超出了任何地图范围；请检查坐标及文件的坐标系。</translation>
    </message>
    <message>
        <source>the geometry cannot be converted to WGS84 longitude/latitude; check its coordinates and the file's coordinate system.</source>
        <translation>几何无法转换为 WGS84 经纬度；请检查其坐标及文件的坐标系。</translation>
    </message>
    <message>
        <source>%1: cannot be read as %2 (%3). It may be truncated or damaged; open it in the program that made it and save it again.</source>
        <extracomment>%1 is the file, %2 its format (CSV, XLSX...), %3 what GDAL reported</extracomment>
        <translation>%1：无法作为 %2 读取（%3）。文件可能不完整或已损坏；请在生成该文件的程序中打开并重新保存。</translation>
    </message>
    <message>
        <source>%1: cannot be read as %2. It may be truncated or damaged; open it in the program that made it and save it again.</source>
        <extracomment>%1 is the file, %2 its format (CSV, XLSX...)</extracomment>
        <translation>%1：无法作为 %2 读取。文件可能不完整或已损坏；请在生成该文件的程序中打开并重新保存。</translation>
    </message>
    <message>
        <source>%1: holds no table to import; choose the file that holds the data.</source>
        <translation>%1：没有可导入的数据表；请选择包含数据的文件。</translation>
    </message>
    <message>
        <source>%1: has no layer "%2"; its layers are "%3".</source>
        <extracomment>%1 is the file, %2 the layer asked for, %3 the layers it has</extracomment>
        <translation>%1：没有图层“%2”；其图层为“%3”。</translation>
    </message>
    <message>
        <source>%1: has more than %2 rows; an import reads at most %2. Split the file, or check that it is the right one.</source>
        <extracomment>%1 is the file, %2 the most rows an import reads</extracomment>
        <translation>%1：超过 %2 行；一次导入最多读取 %2 行。请拆分文件，或确认文件是否正确。</translation>
    </message>
    <message>
        <source>%1: has more than %2 features; an import reads at most %2. Split the file, or check that it is the right one.</source>
        <translation>%1：超过 %2 个要素；一次导入最多读取 %2 个要素。请拆分文件，或确认文件是否正确。</translation>
    </message>
    <message>
        <source>%1, %2: cannot be read (%3). The file may be truncated or damaged; open it in the program that made it and save it again.</source>
        <extracomment>%1 is the file, %2 a row or feature, %3 what GDAL reported</extracomment>
        <translation>%1，%2：无法读取（%3）。文件可能不完整或已损坏；请在生成该文件的程序中打开并重新保存。</translation>
    </message>
    <message>
        <source>%1: its sheets unpack to %2, more than the %3 an import reads; save the sheet you need as a file of its own, or as CSV.</source>
        <extracomment>%1 is the file, %2 what its sheets unpack to, %3 the most an import unpacks</extracomment>
        <translation>%1：其工作表解压后为 %2，超过导入能读取的 %3；请把需要的工作表另存为单独的文件，或另存为 CSV。</translation>
    </message>
    <message>
        <source>the geometry is not valid (a polygon crosses itself, or a ring is not closed), so it has no point to place a district at; repair it (in QGIS: Fix Geometries) and import again.</source>
        <translation>几何无效（多边形自相交，或环未闭合），因此找不到可放置集聚区的点；请修复几何（在 QGIS 中使用“修复几何”）后重新导入。</translation>
    </message>
    <message>
        <source>the geometry is not valid (%1), so it has no point to place a district at; repair it (in QGIS: Fix Geometries) and import again.</source>
        <extracomment>%1 is the reason GEOS gives, in English, e.g. "Self-intersection[112.5 34.2]"</extracomment>
        <translation>几何无效（%1），因此找不到可放置集聚区的点；请修复几何（在 QGIS 中使用“修复几何”）后重新导入。</translation>
    </message>
    <message>
        <source>the geometry has a vertex at (%1, %2), which are not finite numbers; the file is damaged: repair the geometry or export the layer again.</source>
        <extracomment>%1 and %2 are the coordinates as found in the file ("nan", "inf")</extracomment>
        <translation>几何有一个顶点位于（%1, %2），这些不是有限的数值；文件已损坏：请修复几何，或重新导出该图层。</translation>
    </message>
    <message>
        <source>%1: has %2 columns, more than the %3 a table may have; check that it is the right file, or split its columns over two files.</source>
        <extracomment>%1 is the file, %2 its number of columns, %3 the most a table may have</extracomment>
        <translation>%1：有 %2 列，超过了一个表最多可有的 %3 列；请确认文件是否正确，或将其各列拆分到两个文件中。</translation>
    </message>
</context>
<context>
    <name>agglomap::io::Import</name>
    <message>
        <source>%1 already gives district %2; each district may appear once.</source>
        <extracomment>%1 is an earlier row ("row 5"), %2 a district id</extracomment>
        <translation>%1已给出集聚区 %2；每个集聚区只能出现一次。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the file, %2 the problem</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>choose the column that identifies each row's district.</source>
        <translation>请选择用于识别每行所属集聚区的列。</translation>
    </message>
    <message>
        <source>there is no column "%1" to find districts by.</source>
        <translation>没有用于查找集聚区的列“%1”。</translation>
    </message>
    <message>
        <source>"%1" is not a value an import can set.</source>
        <translation>“%1”不是导入可以设置的值。</translation>
    </message>
    <message>
        <source>there is no column "%1" to take %2 from.</source>
        <extracomment>%1 is a column, %2 the key of the value to import (e.g. output:C39)</extracomment>
        <translation>没有可从中读取 %2 的列“%1”。</translation>
    </message>
    <message>
        <source>the column "%1" gives longitudes but no column gives latitudes; map both or neither.</source>
        <translation>列“%1”提供了经度，但没有列提供纬度；请同时映射两者，或都不映射。</translation>
    </message>
    <message>
        <source>the column "%1" gives latitudes but no column gives longitudes; map both or neither.</source>
        <translation>列“%1”提供了纬度，但没有列提供经度；请同时映射两者，或都不映射。</translation>
    </message>
    <message>
        <source>the layer has no geometry to take locations from.</source>
        <translation>该图层没有可用作位置的几何。</translation>
    </message>
    <message>
        <source>is empty; every row needs a value to find its district by.</source>
        <translation>为空；每一行都需要一个用于查找所属集聚区的值。</translation>
    </message>
    <message>
        <source>"%1" is not a district id; ids are whole numbers from 1.</source>
        <translation>“%1”不是集聚区编号；编号是从 1 开始的整数。</translation>
    </message>
    <message>
        <source>no district has id %1</source>
        <translation>没有编号为 %1 的集聚区</translation>
    </message>
    <message>
        <source>"%1" is not an administrative code; county codes have six digits.</source>
        <translation>“%1”不是行政区划代码；县级代码为六位数字。</translation>
    </message>
    <message>
        <source>no county of %1 has code %2</source>
        <extracomment>%1 is the province, %2 a county code</extracomment>
        <translation>%1没有代码为 %2 的县（市、区）</translation>
    </message>
    <message>
        <source>no district lies in county %1</source>
        <translation>县（市、区）%1 内没有集聚区</translation>
    </message>
    <message>
        <source>county %1 hosts %2 districts</source>
        <extracomment>%1 is a county code, %2 a number of districts (two or more)</extracomment>
        <translation>县（市、区）%1 内有 %2 个集聚区</translation>
    </message>
    <message>
        <source>no district is named %1</source>
        <translation>没有名为 %1 的集聚区</translation>
    </message>
    <message>
        <source>%1 districts are named %2</source>
        <extracomment>%1 is a number of districts (two or more), %2 a name</extracomment>
        <translation>有 %1 个集聚区名为 %2</translation>
    </message>
    <message>
        <source>is empty while "%1" is given; a location needs both.</source>
        <extracomment>%1 is the other coordinate column</extracomment>
        <translation>为空，但“%1”已填写；位置需要两者齐全。</translation>
    </message>
    <message>
        <source>%1 lies far outside %2; check the coordinates and that the row belongs to this province.</source>
        <extracomment>%1 is a coordinate pair, %2 the province</extracomment>
        <translation>%1 远在%2之外；请检查坐标，并确认该行属于本省。</translation>
    </message>
    <message>
        <source>%1 lies outside %2; are the coordinates %3 or %4 rather than %5?</source>
        <extracomment>%1 is a coordinate pair, %2 the province; %3 and %4 are the two other datums (WGS84, GCJ-02, BD-09), %5 the datum chosen for the import</extracomment>
        <translation>%1 位于%2之外；这些坐标是否为 %3 或 %4，而不是 %5？</translation>
    </message>
    <message>
        <source>%1; it has no Chinese name to be added with</source>
        <extracomment>%1 is why the row matched no district (e.g. "no district has id 7")</extracomment>
        <translation>%1；该行没有可用于新增集聚区的中文名称</translation>
    </message>
    <message>
        <source>%1; it has no location to be added at</source>
        <translation>%1；该行没有可用于新增集聚区的位置</translation>
    </message>
    <message>
        <source>"%1" is not a number; write it without thousands separators.</source>
        <translation>“%1”不是数字；请去掉千位分隔符。</translation>
    </message>
    <message>
        <source>"%1" is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>"%1" is negative; it must be zero or more.</source>
        <translation>“%1”为负数；必须为零或正数。</translation>
    </message>
    <message>
        <source>"%1" is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>"%1" is not a zone level: state (国家级), provincial (省级), municipal (市级) or county (县级).</source>
        <translation>“%1”不是开发区级别：国家级（state）、省级（provincial）、市级（municipal）或县级（county）。</translation>
    </message>
    <message>
        <source>"%1" is not a district type: high-tech (高新技术), clearly-positioned (产业定位明确) or comprehensive (综合).</source>
        <translation>“%1”不是集聚区类型：高新技术（high-tech）、产业定位明确（clearly-positioned）或综合（comprehensive）。</translation>
    </message>
    <message>
        <source>"%1" is less than the high-tech output of %2 already entered for %3, which is part of the output.</source>
        <extracomment>%1 is the output entered, %2 the high-tech output, %3 the sector</extracomment>
        <translation>“%1”小于已为%3录入的高新技术产值 %2，而高新技术产值是总产值的一部分。</translation>
    </message>
    <message>
        <source>"%1" is not a longitude (-180 to 180).</source>
        <translation>“%1”不是经度（-180 至 180）。</translation>
    </message>
    <message>
        <source>"%1" is not a latitude (-90 to 90); are longitude and latitude swapped?</source>
        <translation>“%1”不是纬度（-90 至 90）；经度和纬度是否填反了？</translation>
    </message>
    <message>
        <source>"%1" is not a year from 1980 to 2100.</source>
        <translation>“%1”不是 1980 至 2100 之间的年份。</translation>
    </message>
    <message>
        <source>"%1" is outside the provision scale of 0 to 100.</source>
        <translation>“%1”超出了 0 至 100 的供给水平范围。</translation>
    </message>
    <message>
        <source>"%1" cannot be imported.</source>
        <translation>“%1”无法导入。</translation>
    </message>
    <message>
        <source>not given by the imported file; left at its default</source>
        <translation>导入文件未给出，保留默认值</translation>
    </message>
    <message>
        <source>is empty: the feature has no geometry to take its location from; give it one, or do not take locations from the geometry.</source>
        <translation>为空：该要素没有可用作位置的几何；请为其添加几何，或不要从几何中读取位置。</translation>
    </message>
    <message>
        <source>%1 lies in a gap between counties, %2 m from %3; the district is placed in %3.</source>
        <extracomment>%1 is a coordinate pair, %2 a distance in metres, %3 the county</extracomment>
        <translation>%1 位于县与县之间的缝隙中，距 %3 %2 米；该集聚区归入 %3。</translation>
    </message>
    <message>
        <source>"%1" is %2 characters long; a name has at most %3.</source>
        <extracomment>%1 is the start of the name, %2 its length, %3 the longest allowed</extracomment>
        <translation>“%1”长 %2 个字符；名称最多 %3 个字符。</translation>
    </message>
</context>
<context>
    <name>agglomap::io::MapsDirectory</name>
    <message>
        <source>The boundary folder %1 does not exist. Reinstall Agglomap, or pass --maps with the path of its maps/ folder.</source>
        <translation>边界文件夹 %1 不存在。请重新安装 Agglomap，或通过 --maps 指定其 maps/ 文件夹的路径。</translation>
    </message>
    <message>
        <source>Unknown plan "%1"; the bundled plans are: %2.</source>
        <extracomment>%1 is what was asked for, %2 the bundled plans' keys</extracomment>
        <translation>未知规划“%1”；内置规划有：%2。</translation>
    </message>
</context>
<context>
    <name>agglomap::io::OutputFile</name>
    <message>
        <source>%1: is a folder. Choose a file name.</source>
        <translation>%1：是文件夹。请选择一个文件名。</translation>
    </message>
    <message>
        <source>%1: could not be written (%2); the previous file, if any, is unchanged.</source>
        <translation>%1：无法写入（%2）；原有文件（如有）保持不变。</translation>
    </message>
    <message>
        <source>the disk is full or the file is too large</source>
        <translation>磁盘已满或文件过大</translation>
    </message>
    <message>
        <source>Cannot write to standard output (%1); what was printed is incomplete.</source>
        <translation>无法写入标准输出（%1）；已输出的内容不完整。</translation>
    </message>
    <message>
        <source>%1: is not a regular file (a device, pipe or socket) and is not replaced. Choose a file name.</source>
        <translation>%1：不是普通文件（而是设备、管道或套接字），不会被替换。请选择一个文件名。</translation>
    </message>
</context>
<context>
    <name>agglomap::io::PdfOutline</name>
    <message>
        <source>cannot be opened (%1).</source>
        <extracomment>Fills %2 of "%1: %2" after the PDF's name; %1 is the system's reason</extracomment>
        <translation>无法打开（%1）。</translation>
    </message>
    <message>
        <source>not a PDF file (no %PDF header).</source>
        <translation>不是 PDF 文件（缺少 %PDF 文件头）。</translation>
    </message>
    <message>
        <source>is encrypted; bookmarks can only be added to unencrypted PDFs.</source>
        <translation>已加密；只能为未加密的 PDF 添加书签。</translation>
    </message>
    <message>
        <source>the trailer names no document catalog (/Root).</source>
        <translation>文件尾（trailer）中没有指定文档目录（/Root）。</translation>
    </message>
    <message>
        <source>the document catalog has no page tree (/Pages).</source>
        <translation>文档目录中没有页面树（/Pages）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the PDF file, %2 what is wrong with it</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the PDF is damaged or truncated (no cross-reference table at its end).</source>
        <translation>PDF 已损坏或不完整（末尾没有交叉引用表）。</translation>
    </message>
    <message>
        <source>its cross-reference sections form a loop; the PDF is damaged.</source>
        <translation>其交叉引用段构成了循环；PDF 已损坏。</translation>
    </message>
    <message>
        <source>has a compressed cross-reference stream; only uncompressed PDFs as QPdfWriter writes them are supported.</source>
        <translation>含有压缩的交叉引用流；仅支持 QPdfWriter 所写的未压缩 PDF。</translation>
    </message>
    <message>
        <source>no cross-reference table at byte %1; the PDF is damaged.</source>
        <translation>第 %1 字节处没有交叉引用表；PDF 已损坏。</translation>
    </message>
    <message>
        <source>the cross-reference table at byte %1 is damaged.</source>
        <translation>第 %1 字节处的交叉引用表已损坏。</translation>
    </message>
    <message>
        <source>object %1 is missing or damaged.</source>
        <translation>对象 %1 缺失或已损坏。</translation>
    </message>
    <message>
        <source>the page tree is damaged at object %1.</source>
        <translation>页面树在对象 %1 处已损坏。</translation>
    </message>
    <message>
        <source>bookmark %1 ("%2") points at page %3 but the document has %4 pages.</source>
        <extracomment>%1 is the bookmark's number, %2 its title, %3 a page, %4 the number of pages</extracomment>
        <translation>书签 %1（“%2”）指向第 %3 页，但文档只有 %4 页。</translation>
    </message>
    <message>
        <source>bookmark %1 ("%2") has depth %3; it must be between 0 and %4 (one level below the bookmark before it).</source>
        <extracomment>%1 is the bookmark's number, %2 its title, %3 its depth, %4 the deepest allowed</extracomment>
        <translation>书签 %1（“%2”）的层级为 %3；必须在 0 到 %4 之间（最多比前一个书签低一级）。</translation>
    </message>
    <message>
        <source>the trailer has no valid /Size; the PDF is damaged.</source>
        <translation>文件尾（trailer）中没有有效的 /Size；PDF 已损坏。</translation>
    </message>
    <message>
        <source>could not be copied; the file is unchanged.</source>
        <translation>无法复制；文件保持不变。</translation>
    </message>
</context>
<context>
    <name>agglomap::io::PlanFolder</name>
    <message>
        <source>"%1" is not a sector code of the catalogue.</source>
        <translation>“%1”不是行业目录中的行业代码。</translation>
    </message>
    <message>
        <source>no district has id %1 in %2.</source>
        <extracomment>%1 is an id, %2 the districts table's file name</extracomment>
        <translation>%2 中没有编号为 %1 的集聚区。</translation>
    </message>
    <message>
        <source>ids are positive whole numbers.</source>
        <translation>编号必须是正整数。</translation>
    </message>
    <message>
        <source>"%1" is not state, provincial, municipal or county.</source>
        <translation>“%1”不是 state、provincial、municipal 或 county。</translation>
    </message>
    <message>
        <source>"%1" is not high-tech, clearly-positioned or comprehensive.</source>
        <translation>“%1”不是 high-tech、clearly-positioned 或 comprehensive。</translation>
    </message>
    <message>
        <source>"%1" is not a field name.</source>
        <translation>“%1”不是字段名。</translation>
    </message>
    <message>
        <source>every district needs a Chinese name.</source>
        <translation>每个集聚区都需要中文名称。</translation>
    </message>
    <message>
        <source>"%1" is not a sector code.</source>
        <translation>“%1”不是行业代码。</translation>
    </message>
    <message>
        <source>"%1" is not an infrastructure item.</source>
        <translation>“%1”不是基础设施项目。</translation>
    </message>
    <message>
        <source>%1: cannot be opened.</source>
        <translation>%1：无法打开。</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2).</source>
        <translation>%1：不是有效的 JSON（%2）。</translation>
    </message>
    <message>
        <source>generated; marked illustrative as a group</source>
        <translation>生成值；按数据组标为示意</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the file, %2 the problem</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>id %1 is given twice; each district needs its own id.</source>
        <extracomment>%1 is a district id</extracomment>
        <translation>编号 %1 出现了两次；每个集聚区都需要自己的编号。</translation>
    </message>
</context>
<context>
    <name>agglomap::io::PlanSource</name>
    <message>
        <source>"%1" is neither a bundled plan (%2), nor a plan file (.gpkg), nor a plan folder with a plan.json.</source>
        <extracomment>%1 is what was given on the command line, %2 the bundled plans</extracomment>
        <translation>“%1”既不是内置规划（%2），也不是规划文件（.gpkg），也不是含有 plan.json 的规划文件夹。</translation>
    </message>
    <message>
        <source>%1: plan.json names province "%2"; %3</source>
        <extracomment>%1 is the plan folder, %2 a province key, %3 why it is not a bundled one</extracomment>
        <translation>%1：plan.json 指定的省份为“%2”；%3</translation>
    </message>
    <message>
        <source>Baseline</source>
        <extracomment>Name of a plan's first version, before any scenario</extracomment>
        <translation>基准方案</translation>
    </message>
</context>
<context>
    <name>agglomap::io::ProjectFile</name>
    <message>
        <source>no agglomap metadata table</source>
        <extracomment>Fills %2 of "%1: is not an Agglomap plan (%2)..."</extracomment>
        <translation>没有 agglomap 元数据表</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the plan file or one of its tables, %2 the problem
----------
%1 is the plan file and table, %2 the problem</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: is not an Agglomap plan (%2); open data files with File › Import Data.</source>
        <extracomment>%1 is the file, %2 why not</extracomment>
        <translation>%1：不是 Agglomap 规划文件（%2）；数据文件请通过“文件 › 导入数据”打开。</translation>
    </message>
    <message>
        <source>%1: is damaged (cut short or overwritten); open a backup copy.</source>
        <translation>%1：文件已损坏（不完整或被覆盖）；请打开备份副本。</translation>
    </message>
    <message>
        <source>%1: does not exist; it may have been moved or renamed.</source>
        <translation>%1：文件不存在；可能已被移动或重命名。</translation>
    </message>
    <message>
        <source>%1: is a folder, not a plan file.</source>
        <translation>%1：这是一个文件夹，不是规划文件。</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1：无法读取（%2）。</translation>
    </message>
    <message>
        <source>%1: is empty; open a backup copy.</source>
        <translation>%1：文件为空；请打开备份副本。</translation>
    </message>
    <message>
        <source>not a GeoPackage</source>
        <translation>不是 GeoPackage 文件</translation>
    </message>
    <message>
        <source>%1: the agglomap metadata table gives no plan format (schema_version "%2"); the file was changed outside Agglomap. Open a backup copy.</source>
        <translation>%1：agglomap 元数据表中没有给出规划格式版本（schema_version 为“%2”）；文件在 Agglomap 之外被修改过。请打开备份副本。</translation>
    </message>
    <message>
        <source>%1: is in plan format %2, from before Agglomap's first release; this version reads formats 1 to %3.</source>
        <translation>%1：规划格式版本为 %2，早于 Agglomap 首次发布；本版本可读取格式版本 1 至 %3。</translation>
    </message>
    <message>
        <source>%1: was written by a newer Agglomap (plan format %2); this version reads up to format %3. Update Agglomap to open it.</source>
        <translation>%1：由较新版本的 Agglomap 写入（规划格式版本 %2）；本版本最高只能读取格式版本 %3。请升级 Agglomap 后再打开。</translation>
    </message>
    <message>
        <source>%1, key "%2": the settings are not a JSON object (%3); the file was changed outside Agglomap. Open a backup copy.</source>
        <extracomment>%1 is the file and table, %2 a key, %3 the JSON parser's message</extracomment>
        <translation>%1，键“%2”：设置不是 JSON 对象（%3）；文件在 Agglomap 之外被修改过。请打开备份副本。</translation>
    </message>
    <message>
        <source>"%1" is not province, city or county.</source>
        <translation>“%1”不是 province、city 或 county。</translation>
    </message>
    <message>
        <source>"%1" is not a known kind of unit.</source>
        <translation>“%1”不是已知的行政单位类型。</translation>
    </message>
    <message>
        <source>"%1" is neither true nor false.</source>
        <translation>“%1”既不是 true 也不是 false。</translation>
    </message>
    <message>
        <source>%1: the scenarios are not numbered 0 (the baseline) to %2, each once; the file was changed outside Agglomap. Open a backup copy.</source>
        <translation>%1：情景编号不是从 0（基准方案）到 %2 且各出现一次；文件在 Agglomap 之外被修改过。请打开备份副本。</translation>
    </message>
    <message>
        <source>%1: holds no plan; the file was changed outside Agglomap. Open a backup copy.</source>
        <translation>%1：不包含任何规划；文件在 Agglomap 之外被修改过。请打开备份副本。</translation>
    </message>
    <message>
        <source>"%1" is not a sector category.</source>
        <translation>“%1”不是行业类别。</translation>
    </message>
    <message>
        <source>"%1" is empty or listed twice.</source>
        <translation>“%1”为空或重复出现。</translation>
    </message>
    <message>
        <source>no district has id %1 in %2.</source>
        <extracomment>%1 is an id, %2 a table ("the districts table")</extracomment>
        <translation>%2中没有编号为 %1 的集聚区。</translation>
    </message>
    <message>
        <source>the district's boundary is not a polygon; draw it again or open a backup copy.</source>
        <translation>集聚区边界不是多边形；请重新绘制，或打开备份副本。</translation>
    </message>
    <message>
        <source>%1, table %2</source>
        <extracomment>%1 is the plan file, %2 a table's name</extracomment>
        <translation>%1，表 %2</translation>
    </message>
    <message>
        <source>%1: the table "%2" is missing; the file was changed outside Agglomap. Open a backup copy.</source>
        <translation>%1：缺少表“%2”；文件在 Agglomap 之外被修改过。请打开备份副本。</translation>
    </message>
    <message>
        <source>%1: the column "%2" is missing; the file was changed outside Agglomap. Restore the column or open a backup copy.</source>
        <translation>%1：缺少列“%2”；文件在 Agglomap 之外被修改过。请恢复该列，或打开备份副本。</translation>
    </message>
    <message>
        <source>%1: cannot be saved: there is no plan to save.</source>
        <translation>%1：无法保存：没有可保存的规划。</translation>
    </message>
    <message>
        <source>%1: the save was interrupted; the file was not changed. Save again.</source>
        <translation>%1：保存被中断，文件未被修改。请重新保存。</translation>
    </message>
    <message>
        <source>%1: the save stopped before it finished; %2 was left behind.</source>
        <translation>%1：保存未完成即中止；遗留了 %2。</translation>
    </message>
    <message>
        <source>%1: cannot be saved: %2</source>
        <extracomment>%1 is the plan file, %2 the reason (one of the sentences below)</extracomment>
        <translation>%1：无法保存：%2</translation>
    </message>
    <message>
        <source>%1. Check that the disk has space, then save again.</source>
        <extracomment>%1 is GDAL's own message, in English</extracomment>
        <translation>%1。请确认磁盘有足够空间，然后重新保存。</translation>
    </message>
    <message>
        <source>the folder %1 does not exist. Choose another folder.</source>
        <translation>文件夹 %1 不存在。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>the folder %1 is not writable. Save to a folder you may write to, or ask for permission to write here.</source>
        <translation>文件夹 %1 不可写入。请保存到您有写入权限的文件夹，或申请在此处写入的权限。</translation>
    </message>
    <message>
        <source>it is a folder. Choose another name.</source>
        <translation>该名称是一个文件夹。请选择其他名称。</translation>
    </message>
    <message>
        <source>%1 is in the way and cannot be removed. Remove it, then save again.</source>
        <translation>%1 妨碍保存且无法删除。请先删除它，然后重新保存。</translation>
    </message>
    <message>
        <source>this GDAL has no GeoPackage driver.</source>
        <translation>当前 GDAL 没有 GeoPackage 驱动。</translation>
    </message>
    <message>
        <source>%1 cannot be written to the disk (%2).</source>
        <translation>%1 无法写入磁盘（%2）。</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written to the disk (%2).</source>
        <translation>文件夹 %1 无法写入磁盘（%2）。</translation>
    </message>
    <message>
        <source>%1 cannot replace it (%2).</source>
        <extracomment>%1 is the temporary file; "it" is the plan file. %2 is the system's reason</extracomment>
        <translation>%1 无法替换原文件（%2）。</translation>
    </message>
    <message>
        <source>the %1 table</source>
        <extracomment>%1 is a table's name; fills %2 of "no district has id %1 in %2."</extracomment>
        <translation>%1 表</translation>
    </message>
    <message>
        <source>the %1 table of scenario "%2"</source>
        <translation>情景“%2”的 %1 表</translation>
    </message>
    <message>
        <source>there is no scenario %1 in the scenarios table.</source>
        <translation>情景表中没有情景 %1。</translation>
    </message>
    <message>
        <source>%1, row %2: the district has no point location; place it (e.g. in QGIS) or open a backup copy.</source>
        <extracomment>%1 is the plan file and table, %2 the row</extracomment>
        <translation>%1，第 %2 行：集聚区没有点位置；请为其定位（例如在 QGIS 中），或打开备份副本。</translation>
    </message>
    <message>
        <source>another save of this plan is in progress (process %1). Save again when it has finished; your changes are kept.</source>
        <translation>该规划正在由另一次保存写入（进程 %1）。请待其完成后再保存；您的修改仍保留。</translation>
    </message>
    <message>
        <source>its lock file %1 cannot be created.</source>
        <translation>无法创建其锁文件 %1。</translation>
    </message>
</context>
<context>
    <name>agglomap::io::ProvenanceTables</name>
    <message>
        <source>"%1" is not entered, illustrative or imported.</source>
        <translation>“%1”不是 entered（录入）、illustrative（示意）或 imported（导入）。</translation>
    </message>
    <message>
        <source>"%1" is not a date and time (ISO 8601).</source>
        <translation>“%1”不是日期时间（ISO 8601）。</translation>
    </message>
    <message>
        <source>"%1" is not the name of a district's value.</source>
        <translation>“%1”不是集聚区数值的名称。</translation>
    </message>
    <message>
        <source>"%1" is not a sector active in district %2.</source>
        <translation>“%1”不是集聚区 %2 中有产值的产业。</translation>
    </message>
    <message>
        <source>"%1" is not an infrastructure item.</source>
        <translation>“%1”不是基础设施项目。</translation>
    </message>
    <message>
        <source>"%1" is not a link written SUPPLIER&gt;BUYER.</source>
        <translation>“%1”不是“供给方&gt;购买方”形式的关联。</translation>
    </message>
    <message>
        <source>no district has id %1.</source>
        <translation>没有编号为 %1 的集聚区。</translation>
    </message>
    <message>
        <source>%1 is not the province or one of its cities.</source>
        <translation>%1 不是本省或其所辖的市。</translation>
    </message>
    <message>
        <source>"%1" is not gdp, rd-spending or output:&lt;sector code&gt;.</source>
        <translation>“%1”不是 gdp、rd-spending 或 output:&lt;产业代码&gt;。</translation>
    </message>
    <message>
        <source>%1 is given twice for region %2.</source>
        <translation>地区 %2 的 %1 出现了两次。</translation>
    </message>
    <message>
        <source>%1 is not an amount from 0 to %2 (100 million yuan).</source>
        <extracomment>%1 is the value, %2 the largest amount</extracomment>
        <translation>%1 不是 0 到 %2（亿元）之间的金额。</translation>
    </message>
</context>
<context>
    <name>agglomap::model::InputOutputTable</name>
    <message>
        <source>Sector %1 or %2 is outside the input-output table.</source>
        <extracomment>%1 and %2 are sector numbers</extracomment>
        <translation>行业 %1 或 %2 不在投入产出表范围内。</translation>
    </message>
    <message>
        <source>An input coefficient lies from 0 up to (not including) 1, not %1.</source>
        <translation>投入系数应在 0 到 1 之间（不含 1），而不是 %1。</translation>
    </message>
    <message>
        <source>Sector %1's inputs would add up to %2 per unit of output; they must stay below 1.</source>
        <translation>行业 %1 每单位产出的投入合计将达到 %2；合计必须小于 1。</translation>
    </message>
</context>
<context>
    <name>agglomap::model::Plan</name>
    <message>
        <source>There is no district with id %1 in this plan.</source>
        <translation>本规划中没有编号为 %1 的集聚区。</translation>
    </message>
    <message>
        <source>No boundaries were given.</source>
        <translation>未提供边界。</translation>
    </message>
    <message>
        <source>District "%1": its county %2 is not a county of city %3 in the new boundaries.</source>
        <extracomment>%1 is the district's name, %2 a county code, %3 a city code</extracomment>
        <translation>集聚区“%1”：在新边界中，其所在县（市、区）%2 不属于地级市 %3。</translation>
    </message>
    <message>
        <source>The input-output table covers %1 sectors; the plan has %2.</source>
        <translation>投入产出表涵盖 %1 个行业，而规划有 %2 个。</translation>
    </message>
    <message>
        <source>Sector %1 is not in the plan's sector catalogue.</source>
        <translation>行业 %1 不在规划的行业目录中。</translation>
    </message>
    <message>
        <source>A district with id %1 already exists.</source>
        <translation>编号为 %1 的集聚区已存在。</translation>
    </message>
    <message>
        <source>District "%1": host county %2 is not a county of %3.</source>
        <extracomment>%1 is the district's name, %2 a county code, %3 the province</extracomment>
        <translation>集聚区“%1”：所在县（市、区）%2 不属于 %3。</translation>
    </message>
    <message>
        <source>%1 is not a county of %2.</source>
        <extracomment>%1 is a county code, %2 the province</extracomment>
        <translation>%1 不是 %2 的县（市、区）。</translation>
    </message>
    <message>
        <source>A district needs a Chinese name.</source>
        <translation>集聚区需要中文名称。</translation>
    </message>
    <message>
        <source>High-tech output cannot exceed output, nor SMEs the enterprises.</source>
        <translation>高新技术产值不能超过总产值，中小企业数也不能超过企业数。</translation>
    </message>
    <message>
        <source>%1 is a leading industry of %2; choose another leading industry first.</source>
        <extracomment>%1 is a sector, %2 a district</extracomment>
        <translation>%1 是%2的主导产业；请先选择其他主导产业。</translation>
    </message>
    <message>
        <source>%1 has no activity in that sector.</source>
        <extracomment>%1 is a district</extracomment>
        <translation>%1在该行业中没有产业活动。</translation>
    </message>
    <message>
        <source>A district has at most three leading industries.</source>
        <translation>一个集聚区最多有三个主导产业。</translation>
    </message>
    <message>
        <source>A leading industry is listed twice.</source>
        <translation>有主导产业重复列出。</translation>
    </message>
    <message>
        <source>%1 has no %2 industry to lead with; add its output first.</source>
        <extracomment>%1 is a district, %2 a sector</extracomment>
        <translation>%1没有 %2 产业，无法将其设为主导产业；请先添加其产值。</translation>
    </message>
    <message>
        <source>A link joins two different sectors active in %1.</source>
        <extracomment>%1 is a district</extracomment>
        <translation>关联必须连接%1中两个不同的、有产业活动的行业。</translation>
    </message>
    <message>
        <source>That link already exists; remove it to change it.</source>
        <translation>该关联已存在；如需修改，请先将其删除。</translation>
    </message>
    <message>
        <source>%1 has no such link.</source>
        <extracomment>%1 is a district</extracomment>
        <translation>%1没有该关联。</translation>
    </message>
    <message>
        <source>A link between districts joins two different districts of the plan.</source>
        <translation>集聚区之间的关联必须连接规划中两个不同的集聚区。</translation>
    </message>
    <message>
        <source>There is no such link between the districts.</source>
        <translation>这两个集聚区之间没有该关联。</translation>
    </message>
</context>
<context>
    <name>agglomap::model::PlanChecks</name>
    <message>
        <source>District %1 (%2)</source>
        <extracomment>%1 is the district's id, %2 its name</extracomment>
        <translation>集聚区 %1（%2）</translation>
    </message>
    <message>
        <source>%1: its location (%2, %3) lies outside its county %4 (%5); move it or correct its county.</source>
        <extracomment>%1 is a district, %2 and %3 its longitude and latitude, %4 the county's name, %5 its code</extracomment>
        <translation>%1：其位置（%2, %3）位于所在县（市、区）%4（%5）之外；请移动该集聚区，或更正其所在县（市、区）。</translation>
    </message>
    <message>
        <source>%1: has the same name as district %2; give each its own.</source>
        <translation>%1：与集聚区 %2 同名；请为二者分别命名。</translation>
    </message>
    <message>
        <source>%1 of %2 districts carry illustrative values (generated, not from a source); import statistics to replace them.</source>
        <translation>%2 个集聚区中有 %1 个带有示意值（生成数据，非来源数据）；请导入统计数据予以替换。</translation>
    </message>
    <message>
        <source>%1 of %2 districts have no leading industry.</source>
        <translation>%2 个集聚区中有 %1 个没有主导产业。</translation>
    </message>
    <message>
        <source>The input-output coefficients are illustrative.</source>
        <translation>投入产出系数为示意值。</translation>
    </message>
    <message>
        <source>%1: its location (%2, %3) lies in a gap between county boundaries, %4 m from its county %5 (%6), the nearest; it is counted in %5.</source>
        <extracomment>%1 is a district, %2 and %3 its longitude and latitude, %4 a distance in metres, %5 the county's name, %6 its code</extracomment>
        <translation>%1：其位置（%2, %3）位于县级单位边界之间的缝隙中，距离最近的所在县（市、区）%5（%6）%4 米；按位于%5计。</translation>
    </message>
</context>
<context>
    <name>agglomap::model::ValueLimits</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Planned area (km²)</source>
        <translation>规划面积（平方千米）</translation>
    </message>
    <message>
        <source>Built area (km²)</source>
        <translation>建成面积（平方千米）</translation>
    </message>
    <message>
        <source>Output (100 million yuan)</source>
        <translation>产值（亿元）</translation>
    </message>
    <message>
        <source>Employment (persons)</source>
        <translation>从业人员（人）</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <source>Small and medium enterprises</source>
        <translation>中小企业数</translation>
    </message>
    <message>
        <source>High-tech output (100 million yuan)</source>
        <translation>高新技术产值（亿元）</translation>
    </message>
    <message>
        <source>Current provision (0–100)</source>
        <translation>现有配套水平（0–100）</translation>
    </message>
    <message>
        <source>Required provision (0–100)</source>
        <translation>所需配套水平（0–100）</translation>
    </message>
    <message>
        <source>R&amp;D spending (100 million yuan)</source>
        <translation>研发经费（亿元）</translation>
    </message>
    <message>
        <source>R&amp;D staff (persons)</source>
        <translation>研发人员（人）</translation>
    </message>
    <message>
        <source>Patents</source>
        <translation>专利数</translation>
    </message>
    <message>
        <source>High-tech enterprises</source>
        <translation>高新技术企业数</translation>
    </message>
    <message>
        <source>Fixed investment (100 million yuan)</source>
        <translation>固定资产投资（亿元）</translation>
    </message>
    <message>
        <source>Business income (100 million yuan)</source>
        <translation>主营业务收入（亿元）</translation>
    </message>
    <message>
        <source>Listed companies</source>
        <translation>上市公司数</translation>
    </message>
    <message>
        <source>Venture funds</source>
        <translation>创业投资基金数</translation>
    </message>
    <message>
        <source>Link value (100 million yuan)</source>
        <translation>关联交易额（亿元）</translation>
    </message>
    <message>
        <source>districts</source>
        <translation>个集聚区</translation>
    </message>
    <message>
        <source>sectors</source>
        <translation>个行业</translation>
    </message>
    <message>
        <source>%1 %2 are more than Agglomap opens (at most %3).</source>
        <extracomment>%1 is a count, %2 what is counted ("districts"), %3 the largest count allowed</extracomment>
        <translation>%1 %2超过了 Agglomap 能打开的数量（最多 %3）。</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>非数字</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3, not %4.</source>
        <extracomment>%1 is the field ("business income (100 million yuan)"), %2 and %3 the range, %4 the value</extracomment>
        <translation>%1应在 %2 到 %3 之间，而不是 %4。</translation>
    </message>
    <message>
        <source>District "%1": %2</source>
        <extracomment>%1 is the district's name, %2 what is wrong with one of its values</extracomment>
        <translation>集聚区“%1”：%2</translation>
    </message>
    <message>
        <source>The name "%1" is %2 characters long; a name has at most %3.</source>
        <extracomment>%1 is the start of the name, %2 its length, %3 the longest allowed</extracomment>
        <translation>名称“%1”长 %2 个字符；名称最多 %3 个字符。</translation>
    </message>
</context>
<context>
    <name>agglomap::render::Export</name>
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
    <message>
        <source>The name pattern gives two files the same name, %1 (%2 and %3); put {id} in the pattern. Nothing was written.</source>
        <translation>文件名模式使两个文件同名：%1（%2 与 %3）；请在模式中加入 {id}。未写入任何文件。</translation>
    </message>
    <message>
        <source>cannot start drawing</source>
        <translation>无法开始绘制</translation>
    </message>
    <message>
        <source>Cannot export %1: the name must end in .png, .svg or .pdf.</source>
        <translation>无法导出 %1：文件名须以 .png、.svg 或 .pdf 结尾。</translation>
    </message>
</context>
<context>
    <name>agglomap::render::MapScene</name>
    <message>
        <source>The map cannot be drawn. %1</source>
        <extracomment>%1 says which region's boundary is wrong and how</extracomment>
        <translation>无法绘制地图。%1</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::AboutDialog</name>
    <message>
        <source>About Agglomap</source>
        <translation>关于 Agglomap</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>程序库</translation>
    </message>
    <message>
        <source>Data Sources</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Copy Version Info</source>
        <translation>复制版本信息</translation>
    </message>
    <message>
        <source>Copy Agglomap's version and its libraries' for a bug report</source>
        <translation>复制 Agglomap 及其程序库的版本，用于报告问题</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Agglomap helps planners map and plan industrial agglomeration districts. It shows a province's districts and parks with their industries, infrastructure and linkages, colours regions by the indicators planners use, recommends what each district lacks, and exports briefing maps and district profiles. Every edit can be undone, and scenarios are compared with the baseline plan.</source>
        <translation>Agglomap 帮助规划人员在地图上规划产业集聚区。它展示全省的集聚区和园区及其产业、基础设施与产业关联，按规划常用指标为区域着色，指出每个集聚区的短板，并导出汇报地图和集聚区概况。每次编辑都可撤销，各情景可与基准方案比较。</translation>
    </message>
    <message>
        <source>The bundled boundaries and sample plans are for demonstration. Replace the boundaries with official ones before publishing a map; the Data Sources tab says where everything comes from.</source>
        <translation>随附的边界和示例规划仅供演示。发布地图前请换用官方边界；“数据来源”页说明了各项数据的出处。</translation>
    </message>
    <message>
        <source>Agglomap is built on these libraries. Please include this list when you report a problem (Copy Version Info).</source>
        <translation>Agglomap 基于以下程序库构建。报告问题时请附上此列表（复制版本信息）。</translation>
    </message>
    <message>
        <source>Values that no source gives are illustrative: districts whose values were generated are drawn with dashed outlines on the map, and exported maps, profiles and tables mark them "illustrative".</source>
        <translation>没有来源的数值为示意值：数值由程序生成的集聚区在地图上以虚线轮廓绘制，导出的地图、概况和表格均标注“示意”。</translation>
    </message>
    <message>
        <source>The bundled data are in %1; the README.md there explains how each layer was made.</source>
        <translation>随附数据位于 %1；其中的 README.md 说明了各图层的制作方法。</translation>
    </message>
    <message>
        <source>Sample plan:</source>
        <translation>示例规划：</translation>
    </message>
    <message>
        <source>Illustrative values:</source>
        <translation>示意值：</translation>
    </message>
    <message>
        <source>(the file gives no source)</source>
        <translation>（文件未注明来源）</translation>
    </message>
    <message>
        <source>Province outline</source>
        <translation>省界</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>地级市</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Rivers</source>
        <translation>河流</translation>
    </message>
    <message>
        <source>Towns</source>
        <translation>城镇</translation>
    </message>
    <message>
        <source>Development build</source>
        <translation>开发版本</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（构建时为 %2）</translation>
    </message>
    <message>
        <source>Compiler</source>
        <translation>编译器</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
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
        <source>Choose a file whose boundaries match this plan's regions first.</source>
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
    <message>
        <source>Province Classes</source>
        <translation>全省分级</translation>
    </message>
    <message>
        <source>In a city view, keep the classes of the whole province to compare the city with it; otherwise the city's counties are classified by themselves</source>
        <translation>在市级视图中沿用全省的分级，以便与全省比较；否则仅按该市所辖县区分级</translation>
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
    <name>agglomap::widgets::FirstRunGuide</name>
    <message>
        <source>Explore the map</source>
        <translation>浏览地图</translation>
    </message>
    <message>
        <source>Drag to pan, turn the wheel to zoom, and hover over a region to see its names. Double-click a city to open its counties; %1 takes you back to the province.</source>
        <translation>拖动可平移，滚动滚轮可缩放，鼠标悬停在区域上可查看名称。双击地级市可进入其县（市、区）；按 %1 返回全省。</translation>
    </message>
    <message>
        <source>Inspect a district</source>
        <translation>查看集聚区</translation>
    </message>
    <message>
        <source>Each circle is an industrial district: its size shows business income, its colour the cluster stage. Click one to read its leading industry, infrastructure gaps and linkages in the Inspector.</source>
        <translation>每个圆圈代表一个产业集聚区：大小表示主营业务收入，颜色表示集群发展阶段。单击圆圈，可在检查器中查看其主导产业、基础设施缺口和产业关联。</translation>
    </message>
    <message>
        <source>Colour the regions</source>
        <translation>为区域着色</translation>
    </message>
    <message>
        <source>The symbology toolbar chooses the indicator that fills the regions, how their districts add up and how the values are classed. The legend counts the regions in each class.</source>
        <translation>符号工具栏用于选择填充区域的指标、区域内集聚区的汇总方式以及分级方法。图例列出每一级的区域数。</translation>
    </message>
    <message>
        <source>Edit and try scenarios</source>
        <translation>编辑并尝试情景</translation>
    </message>
    <message>
        <source>Every edit in the Inspector is one step you can undo (%1) or redo (%2). Scenarios › New Scenario… copies the plan so you can try changes and compare them with the baseline.</source>
        <translation>在检查器中的每次编辑都是一步，可撤销（%1）或重做（%2）。“情景 › 新建情景…”会复制规划，便于尝试修改并与基准方案比较。</translation>
    </message>
    <message>
        <source>Bring in your data</source>
        <translation>导入您的数据</translation>
    </message>
    <message>
        <source>File › Import Data… (%1) adds districts and statistics from CSV, Excel, GeoJSON, Shapefile or GeoPackage files. File › Save (%2) keeps the whole plan in one file that File › Open… reads back.</source>
        <translation>“文件 › 导入数据…”（%1）可从 CSV、Excel、GeoJSON、Shapefile 或 GeoPackage 文件添加集聚区和统计数据。“文件 › 保存”（%2）将整个规划保存为一个文件，可用“文件 › 打开…”重新读取。</translation>
    </message>
    <message>
        <source>Share the results</source>
        <translation>分享成果</translation>
    </message>
    <message>
        <source>File › Export Map… (%1) turns the view into a briefing page in PDF, PNG or SVG, and Export District Profiles… writes a page for each district. Help › User Guide (%2) explains everything else.</source>
        <translation>“文件 › 导出地图…”（%1）将当前视图制成 PDF、PNG 或 SVG 汇报页，“导出集聚区概况…”为每个集聚区生成一页。其他内容请见“帮助 › 用户指南”（%2）。</translation>
    </message>
    <message>
        <source>Don't show this again</source>
        <translation>不再显示</translation>
    </message>
    <message>
        <source>The guide stays available under Help › Getting Started</source>
        <translation>随时可在“帮助 › 入门指南”中再次打开本指南</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Getting Started · %1 of %2</source>
        <translation>入门指南 · 第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Close the guide (Esc)</source>
        <translation>关闭指南（Esc）</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>关闭指南</translation>
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
    <name>agglomap::widgets::HelpActions</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>Open the user guide in a window beside the map</source>
        <translation>在地图旁的窗口中打开用户指南</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>入门指南(&amp;G)</translation>
    </message>
    <message>
        <source>Show the short guide to the main actions again</source>
        <translation>再次显示主要操作的简短指南</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Agglomap</source>
        <translation>关于 Agglomap(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
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
        <source>How the file's text is decoded. Chinese statistics often come in GBK; choose another encoding if names look garbled.</source>
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
        <source>Use the layer's &amp;geometry as location</source>
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
        <source>The columns "%1" and "%2" both import into %3; choose one.</source>
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
        <source>%1 '%2': %3</source>
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
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
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
        <source>Districts</source>
        <translation>集聚区数</translation>
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
        <source>Location quotient: the sector's share of the district's output over its share of the province's (above 1: more concentrated here)</source>
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
        <source>Remove the selected sector's activity from the district</source>
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
        <source>"%1" is not a number.</source>
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
        <source>Provision of %1 the district's plan requires, 0-100</source>
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
        <source>"%1" is open already; close it before restoring its autosaved copy.</source>
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
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
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
        <source>Row %1: "%2" is not a number.</source>
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
        <source>How far the largest sector stands out: its share minus the second's</source>
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
        <source>Share of the leading chain's key suppliers and buyers active here</source>
        <translation>主导产业链的关键供应与采购行业中在本集聚区开展的比重</translation>
    </message>
    <message>
        <source>R&amp;&amp;D intensity:</source>
        <translation>研发强度：</translation>
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
        <source>Innovation mode:</source>
        <translation>创新模式：</translation>
    </message>
    <message>
        <source>Progressive, fundamental or convergence (the Henan paper's modes)</source>
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
        <source>No source gives the district's real name; enter it above.</source>
        <translation>没有来源提供该集聚区的真实名称，请在上方输入。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
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
    <message>
        <source>%1 planned, %2 built</source>
        <translation>规划 %1，建成 %2</translation>
    </message>
    <message>
        <source>R&amp;D spending / business income, against the high-tech enterprise benchmark for the district's mean sales per enterprise (5% up to 50 million yuan, 4% up to 200 million, 3% above; Guokefahuo [2016] No. 32)</source>
        <translation>研发经费 / 主营业务收入，对照按集聚区企均销售收入确定的高新技术企业标准（5000万元及以下 5%，5000万至2亿元 4%，2亿元以上 3%；国科发火〔2016〕32号）</translation>
    </message>
    <message>
        <source>Informal, organized or innovative cluster (the Ningxia paper's phases of formation, development and maturity); each stage needs the one before</source>
        <translation>非正式集群、有组织集群或创新型集群（宁夏论文中的形成期、发展期与成熟期）；每一阶段以前一阶段为前提</translation>
    </message>
    <message>
        <source>Innovative-cluster conditions:</source>
        <translation>创新型集群条件：</translation>
    </message>
    <message>
        <source>The Ningxia paper's four necessary conditions (§2.5); an organized cluster that meets all four is innovative</source>
        <translation>宁夏论文提出的四项必要条件（第 2.5 节）；有组织集群满足全部四项即为创新型集群</translation>
    </message>
    <message>
        <source>%1 (meets the %2 enterprise benchmark)</source>
        <translation>%1（达到 %2 的企业标准）</translation>
    </message>
    <message>
        <source>%1 (below the %2 enterprise benchmark)</source>
        <translation>%1（低于 %2 的企业标准）</translation>
    </message>
    <message>
        <source>%1 (organized needs a clearly positioned leading industry and linkage density of at least %2)</source>
        <translation>%1（有组织集群需主导产业定位明确且关联密度不低于 %2）</translation>
    </message>
    <message>
        <source>%1 of 4 met</source>
        <translation>满足 %1 项（共 4 项）</translation>
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
    <name>agglomap::widgets::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages.</source>
        <translation>菜单、对话框和提示信息使用的语言。</translation>
    </message>
    <message>
        <source>Takes effect when Agglomap is restarted.</source>
        <translation>重新启动 Agglomap 后生效。</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>&amp;Label language:</source>
        <translation>标注语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Map labels and the names of regions, districts and industries in the panels and tables. The language box on the toolbar sets the same.</source>
        <translation>地图标注，以及面板和表格中行政区、集聚区和产业的名称。与工具栏上的语言框是同一项设置。</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>&amp;Area unit:</source>
        <translation>面积单位(&amp;A)：</translation>
    </message>
    <message>
        <source>How district areas are shown. 1 km² = 100 ha = 1500 亩.</source>
        <translation>集聚区面积的显示单位。1 平方公里 = 100 公顷 = 1500 亩。</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>%1 (%2 × %3 mm)</source>
        <translation>%1（%2 × %3 毫米）</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>纸张大小(&amp;P)：</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>PNG &amp;resolution:</source>
        <translation>PNG 分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>Export Map and Copy Map start from these each time, with the page in landscape; district profiles start on the same paper upright. SVG and PDF are vector files and print sharp at any resolution.</source>
        <translation>“导出地图”和“复制地图”每次都从这些设置开始，页面为横向；集聚区档案使用同样的纸张，页面为纵向。SVG 和 PDF 是矢量文件，以任何分辨率打印都清晰。</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>自动保存</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Auto&amp;save every:</source>
        <translation>自动保存间隔(&amp;S)：</translation>
    </message>
    <message>
        <source>Documents with unsaved changes are copied to a recovery folder at this interval, and offered back after a crash. 0 turns autosave off.</source>
        <translation>有未保存更改的文档按此间隔复制到恢复文件夹，程序崩溃后可以恢复。0 表示关闭自动保存。</translation>
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
        <source>Start an empty plan on a province's boundaries</source>
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
        <source>Agglomap closed without saving the changes to "%1". An autosaved copy from %2 was kept.

Restore it? (No discards the copy.)</source>
        <translation>Agglomap 关闭时未保存对“%1”的更改，已保留于 %2 自动保存的副本。

是否恢复该副本？（选择“否”将丢弃该副本。）</translation>
    </message>
    <message>
        <source>Cannot restore the autosaved copy</source>
        <translation>无法恢复自动保存的副本</translation>
    </message>
    <message>
        <source>"%1" has unsaved changes. Save them before closing?</source>
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
        <source>Cluster stage: %1 · Innovation mode: %2</source>
        <translation>集群阶段：%1 · 创新模式：%2</translation>
    </message>
    <message>
        <source>No recommendations: the district meets every rule's threshold.</source>
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
    <message>
        <source>Select a district to see what the papers recommend for it, or the province or a city to see which districts need each measure most.</source>
        <translation>选择一个集聚区，查看文献对其提出的建议；或选择全省或某市，查看各项措施最需要的集聚区。</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>背景：%1</translation>
    </message>
    <message>
        <source>Each measure with the districts that need it most, ranked among the province's districts</source>
        <translation>各项措施及最需要的集聚区（在全省集聚区中排序）</translation>
    </message>
    <message>
        <source>R&amp;D %1 of GDP, against the benchmarks of %2 / %3 / %4 (Ningxia paper §4.2.5)</source>
        <translation>研发经费占 GDP %1，对照 %2 / %3 / %4 的基准（宁夏论文第 4.2.5 节）</translation>
    </message>
    <message>
        <source>[illustrative reference figures]</source>
        <translation>［参考数据为示意］</translation>
    </message>
    <message>
        <source>No recommendations: every district here meets every rule's threshold.</source>
        <translation>无建议：此处各集聚区均达到各项规则的阈值。</translation>
    </message>
    <message>
        <source>needs it more than %1% of peer districts</source>
        <translation>需求高于 %1% 的同类集聚区</translation>
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
    <name>agglomap::widgets::ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Filter by action or key, e.g. "export" or "Ctrl+S"</source>
        <translation>按操作或按键筛选，例如“导出”或“Ctrl+S”</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>agglomap::widgets::UserGuideWindow</name>
    <message>
        <source>Agglomap User Guide</source>
        <translation>Agglomap 用户指南</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Back to the start of the guide</source>
        <translation>返回指南开头</translation>
    </message>
    <message>
        <source>Find in guide</source>
        <translation>在指南中查找</translation>
    </message>
    <message>
        <source>The user guide is not installed</source>
        <translation>未安装用户指南</translation>
    </message>
    <message>
        <source>Agglomap looked for user-guide.md in this folder:</source>
        <translation>Agglomap 在以下文件夹中查找 user-guide.md：</translation>
    </message>
    <message>
        <source>Reinstall Agglomap to restore it. The guide is also in the docs folder of Agglomap's source.</source>
        <translation>请重新安装 Agglomap 以恢复它。指南也位于 Agglomap 源代码的 docs 文件夹中。</translation>
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
        <source>The import changes nothing: every value equals the plan's.</source>
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