#include "model/sector.h"

#include "util/enum_keys.h"

#include <array>
#include <utility>

namespace agglomap::model {

namespace {

constexpr EnumKeys<SectorCategory, 5> kCategoryKeys{{
    {SectorCategory::Traditional, "traditional"},
    {SectorCategory::ResourceDependent, "resource-dependent"},
    {SectorCategory::HighTech, "high-tech"},
    {SectorCategory::Emerging, "emerging"},
    {SectorCategory::Service, "service"},
}};

} // namespace

QString categoryKey(SectorCategory category) {
    return keyOf(kCategoryKeys, category);
}
std::optional<SectorCategory> categoryFromKey(const QString& key) {
    return valueOf(kCategoryKeys, key);
}

SectorCatalogue SectorCatalogue::standard() {
    using C = SectorCategory;
    // High-tech follows the NBS classification of high-technology manufacturing (2017):
    // pharmaceuticals, electronics and computers, instruments. Emerging follows the State
    // Council's strategic emerging industries.
    return SectorCatalogue({
        {"A01-05", "农林牧渔业", "Agriculture, forestry and fishing", C::Traditional},
        {"B06", "煤炭开采和洗选业", "Coal mining", C::ResourceDependent},
        {"B07", "石油和天然气开采业", "Oil and gas extraction", C::ResourceDependent},
        {"B08-09", "金属矿采选业", "Metal ore mining", C::ResourceDependent},
        {"B10", "非金属矿采选业", "Non-metallic mineral mining", C::ResourceDependent},
        {"C13-14", "食品加工和制造业", "Food processing and manufacturing", C::Traditional},
        {"C15", "酒、饮料和精制茶制造业", "Beverages", C::Traditional},
        {"C17", "纺织业", "Textiles", C::Traditional},
        {"C18-19", "纺织服装、皮革和制鞋业", "Apparel, leather and footwear", C::Traditional},
        {"C20-21", "木材加工和家具制造业", "Wood products and furniture", C::Traditional},
        {"C22-23", "造纸和印刷业", "Paper and printing", C::Traditional},
        {"C25", "石油、煤炭及其他燃料加工业", "Petroleum, coking and fuel processing",
         C::ResourceDependent},
        {"C26", "化学原料和化学制品制造业", "Chemicals", C::ResourceDependent},
        {"C27", "医药制造业", "Pharmaceuticals", C::HighTech},
        {"C29", "橡胶和塑料制品业", "Rubber and plastics", C::Traditional},
        {"C30", "非金属矿物制品业", "Building materials and ceramics", C::ResourceDependent},
        {"C31", "黑色金属冶炼和压延加工业", "Iron and steel", C::ResourceDependent},
        {"C32", "有色金属冶炼和压延加工业", "Non-ferrous metals", C::ResourceDependent},
        {"C33", "金属制品业", "Metal products", C::Traditional},
        {"C34", "通用设备制造业", "General equipment (incl. lifting equipment)", C::Traditional},
        {"C35", "专用设备制造业", "Special equipment", C::Traditional},
        {"C36", "汽车制造业", "Motor vehicles and parts", C::Traditional},
        {"C38", "电气机械和器材制造业", "Electrical machinery and power equipment", C::Traditional},
        {"C39", "计算机、通信和其他电子设备制造业", "Computers, communication and electronics",
         C::HighTech},
        {"C40", "仪器仪表制造业", "Instruments", C::HighTech},
        {"SEI-NM", "新材料产业", "New materials", C::Emerging},
        {"SEI-NE", "新能源产业", "New energy equipment", C::Emerging},
        {"SEI-BIO", "生物产业", "Biotechnology", C::Emerging},
        {"SEI-EP", "节能环保产业", "Energy saving and environmental protection", C::Emerging},
        {"D44", "电力、热力生产和供应业", "Electricity and heat", C::ResourceDependent},
        {"F51-52", "批发和零售业", "Wholesale, retail and markets", C::Service},
        {"G53-60", "交通运输、仓储和物流业", "Transport, storage and logistics", C::Service},
        {"I63-65", "信息传输、软件和信息技术服务业", "Information and software services",
         C::Service},
        {"J66-69", "金融业", "Finance", C::Service},
        {"M73-75", "科学研究和技术服务业", "Research and technical services", C::Service},
    });
}

std::optional<SectorIndex> SectorCatalogue::indexOf(const QString& code) const {
    for (std::size_t i = 0; i < m_sectors.size(); ++i) {
        if (m_sectors[i].code == code) {
            return static_cast<SectorIndex>(i);
        }
    }
    return std::nullopt;
}

} // namespace agglomap::model
