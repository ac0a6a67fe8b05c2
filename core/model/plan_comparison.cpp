#include "model/plan_comparison.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace agglomap::model {

namespace {

// Strings are marked with QT_TRANSLATE_NOOP so lupdate finds them under this context.
QString translated(const char* text) {
    return QCoreApplication::translate("PlanComparison", text);
}

QString number(double value) {
    return QString::number(value, 'g', 10);
}

QString text(const QString& value) {
    return QStringLiteral("\"%1\"").arg(value);
}

QString yesNo(bool value) {
    return value ? translated(QT_TRANSLATE_NOOP("PlanComparison", "yes"))
                 : translated(QT_TRANSLATE_NOOP("PlanComparison", "no"));
}

QString lonLat(const geo::LonLat& point) {
    return QStringLiteral("(%1, %2)").arg(number(point.lon), number(point.lat));
}

bool sameRing(const geo::Ring& a, const geo::Ring& b) {
    return std::equal(
        a.begin(), a.end(), b.begin(), b.end(),
        [](const geo::Point& p, const geo::Point& q) { return p.x() == q.x() && p.y() == q.y(); });
}

bool sameShape(const geo::MultiPolygon& a, const geo::MultiPolygon& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const geo::Polygon& p, const geo::Polygon& q) {
                          return sameRing(p.outer(), q.outer()) &&
                                 std::equal(p.inners().begin(), p.inners().end(),
                                            q.inners().begin(), q.inners().end(), sameRing);
                      });
}

// Collects "<prefix>: <what> <old> → <new>" lines.
class Differences {
public:
    void setPrefix(QString prefix) { m_prefix = std::move(prefix); }
    void add(const QString& line) {
        m_lines << (m_prefix.isEmpty() ? line : QStringLiteral("%1: %2").arg(m_prefix, line));
    }
    void change(const QString& what, const QString& before, const QString& after) {
        if (before != after) {
            add(QStringLiteral("%1 %2 → %3").arg(what, before, after));
        }
    }
    void change(const QString& what, double before, double after) {
        if (before != after) {
            add(QStringLiteral("%1 %2 → %3").arg(what, number(before), number(after)));
        }
    }
    [[nodiscard]] QStringList lines() && { return std::move(m_lines); }

private:
    QString m_prefix;
    QStringList m_lines;
};

void compareProvenance(Differences& out, const ProvenanceMap& a, const ProvenanceMap& b) {
    std::set<ValueKey> keys;
    for (const auto& [key, provenance] : a.entries()) {
        keys.insert(key);
    }
    for (const auto& [key, provenance] : b.entries()) {
        keys.insert(key);
    }
    for (const ValueKey& key : keys) {
        out.change(
            translated(QT_TRANSLATE_NOOP("PlanComparison", "provenance of %1")).arg(keyText(key)),
            provenanceText(a.of(key)), provenanceText(b.of(key)));
    }
}

QString sectorLabel(const SectorCatalogue& sectors, SectorIndex sector) {
    return sector >= 0 && sector < sectors.size()
               ? QStringLiteral("%1 %2").arg(sectors.at(sector).code, sectors.at(sector).nameZh)
               : QString::number(sector);
}

void compareIndustries(Differences& out, const SectorCatalogue& sectors, const District& a,
                       const District& b) {
    for (const SectorActivity& before : a.industries) {
        const QString sector = sectorLabel(sectors, before.sector);
        const SectorActivity* after = b.activity(before.sector);
        if (!after) {
            out.add(
                translated(QT_TRANSLATE_NOOP("PlanComparison", "%1 activity removed")).arg(sector));
            continue;
        }
        out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "%1 output")).arg(sector),
                   before.outputValue, after->outputValue);
        out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "%1 employment")).arg(sector),
                   before.employment, after->employment);
        out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "%1 enterprises")).arg(sector),
                   before.enterprises, after->enterprises);
        out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "%1 SMEs")).arg(sector),
                   before.smallAndMediumEnterprises, after->smallAndMediumEnterprises);
        out.change(
            translated(QT_TRANSLATE_NOOP("PlanComparison", "%1 high-tech output")).arg(sector),
            before.highTechOutput, after->highTechOutput);
    }
    for (const SectorActivity& after : b.industries) {
        if (!a.activity(after.sector)) {
            out.add(translated(QT_TRANSLATE_NOOP("PlanComparison", "%1 activity added (output %2)"))
                        .arg(sectorLabel(sectors, after.sector), number(after.outputValue)));
        }
    }
    const auto sectorOf = [](const SectorActivity& s) {
        return s.sector;
    };
    std::vector<SectorIndex> orderA(a.industries.size());
    std::vector<SectorIndex> orderB(b.industries.size());
    std::transform(a.industries.begin(), a.industries.end(), orderA.begin(), sectorOf);
    std::transform(b.industries.begin(), b.industries.end(), orderB.begin(), sectorOf);
    if (orderA != orderB &&
        std::is_permutation(orderA.begin(), orderA.end(), orderB.begin(), orderB.end())) {
        out.add(translated(QT_TRANSLATE_NOOP("PlanComparison", "order of industries changed")));
    }
}

void compareLinks(Differences& out, const SectorCatalogue& sectors, const District& a,
                  const District& b) {
    const auto find = [](const District& d, const SectorLink& link) {
        return std::find_if(d.links.begin(), d.links.end(), [&](const SectorLink& l) {
            return l.from == link.from && l.to == link.to;
        });
    };
    const auto label = [&](const SectorLink& link) {
        return translated(QT_TRANSLATE_NOOP("PlanComparison", "link %1 → %2"))
            .arg(sectorLabel(sectors, link.from), sectorLabel(sectors, link.to));
    };
    for (const SectorLink& before : a.links) {
        const auto after = find(b, before);
        if (after == b.links.end()) {
            out.add(
                translated(QT_TRANSLATE_NOOP("PlanComparison", "%1 removed")).arg(label(before)));
        } else {
            out.change(
                translated(QT_TRANSLATE_NOOP("PlanComparison", "%1 value")).arg(label(before)),
                before.value, after->value);
        }
    }
    for (const SectorLink& after : b.links) {
        if (find(a, after) == a.links.end()) {
            out.add(translated(QT_TRANSLATE_NOOP("PlanComparison", "%1 added (value %2)"))
                        .arg(label(after), number(after.value)));
        }
    }
    if (a.links != b.links && a.links.size() == b.links.size() &&
        std::is_permutation(a.links.begin(), a.links.end(), b.links.begin(), b.links.end())) {
        out.add(translated(QT_TRANSLATE_NOOP("PlanComparison", "order of links changed")));
    }
}

void compareDistrict(Differences& out, const SectorCatalogue& sectors, const District& a,
                     const District& b) {
    out.setPrefix(translated(QT_TRANSLATE_NOOP("PlanComparison", "District %1 (%2)"))
                      .arg(a.id.value)
                      .arg(a.nameZh));
    out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "Chinese name")), text(a.nameZh),
               text(b.nameZh));
    out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "English name")), text(a.nameEn),
               text(b.nameEn));
    out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "placeholder name")),
               yesNo(a.placeholderName), yesNo(b.placeholderName));
    out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "host county")),
               QString::number(a.hostCounty), QString::number(b.hostCounty));
    out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "host city")),
               QString::number(a.hostCity), QString::number(b.hostCity));
    out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "location")), lonLat(a.location),
               lonLat(b.location));
    if (a.boundary.has_value() != b.boundary.has_value()) {
        out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "boundary")),
                   a.boundary ? translated(QT_TRANSLATE_NOOP("PlanComparison", "present"))
                              : translated(QT_TRANSLATE_NOOP("PlanComparison", "absent")),
                   b.boundary ? translated(QT_TRANSLATE_NOOP("PlanComparison", "present"))
                              : translated(QT_TRANSLATE_NOOP("PlanComparison", "absent")));
    } else if (a.boundary && !sameShape(*a.boundary, *b.boundary)) {
        out.add(translated(QT_TRANSLATE_NOOP("PlanComparison", "boundary geometry changed")));
    }
    out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "year")), a.year, b.year);
    out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "zone level")),
               zoneLevelKey(a.zoneLevel), zoneLevelKey(b.zoneLevel));
    out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "type")), districtTypeKey(a.type),
               districtTypeKey(b.type));
    out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "planned area km²")),
               a.plannedAreaKm2, b.plannedAreaKm2);
    out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "built area km²")), a.builtAreaKm2,
               b.builtAreaKm2);
    compareIndustries(out, sectors, a, b);
    const auto leading = [&](const std::vector<SectorIndex>& list) {
        QStringList names;
        for (const SectorIndex sector : list) {
            names << sectorLabel(sectors, sector);
        }
        return QStringLiteral("[%1]").arg(names.join(QStringLiteral(", ")));
    };
    out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "leading industries")),
               leading(a.leadingIndustries), leading(b.leadingIndustries));
    for (const InfrastructureItemInfo& item : infrastructureItems()) {
        const QString name = QString::fromUtf8(item.nameEn).toLower();
        const Provision& before = a.provision(item.item);
        const Provision& after = b.provision(item.item);
        out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "%1 current")).arg(name),
                   before.current, after.current);
        out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "%1 required")).arg(name),
                   before.required, after.required);
    }
    out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "R&D spending")),
               a.innovation.rdSpending, b.innovation.rdSpending);
    out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "R&D staff")), a.innovation.rdStaff,
               b.innovation.rdStaff);
    out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "patents")), a.innovation.patents,
               b.innovation.patents);
    out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "high-tech enterprises")),
               a.innovation.highTechEnterprises, b.innovation.highTechEnterprises);
    out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "fixed investment")),
               a.finance.fixedInvestment, b.finance.fixedInvestment);
    out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "business income")),
               a.finance.businessIncome, b.finance.businessIncome);
    out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "listed companies")),
               a.finance.listedCompanies, b.finance.listedCompanies);
    out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "venture funds")),
               a.finance.ventureFunds, b.finance.ventureFunds);
    compareLinks(out, sectors, a, b);
    compareProvenance(out, a.provenance, b.provenance);
    out.setPrefix({});
}

QString districtLinkLabel(const SectorCatalogue& sectors, const DistrictLink& link) {
    return translated(QT_TRANSLATE_NOOP("PlanComparison", "district link %1 → %2 sector %3"))
        .arg(link.from.value)
        .arg(link.to.value)
        .arg(sectorLabel(sectors, link.sector));
}

void compareDistrictLinks(Differences& out, const SectorCatalogue& sectors,
                          const std::vector<DistrictLink>& a, const std::vector<DistrictLink>& b) {
    const auto find = [](const std::vector<DistrictLink>& links, const DistrictLink& link) {
        return std::find_if(links.begin(), links.end(), [&](const DistrictLink& l) {
            return l.from == link.from && l.to == link.to && l.sector == link.sector;
        });
    };
    for (const DistrictLink& before : a) {
        const auto after = find(b, before);
        if (after == b.end()) {
            out.add(translated(QT_TRANSLATE_NOOP("PlanComparison", "%1 removed"))
                        .arg(districtLinkLabel(sectors, before)));
        } else {
            out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "%1 value"))
                           .arg(districtLinkLabel(sectors, before)),
                       before.value, after->value);
        }
    }
    for (const DistrictLink& after : b) {
        if (find(a, after) == a.end()) {
            out.add(translated(QT_TRANSLATE_NOOP("PlanComparison", "%1 added (value %2)"))
                        .arg(districtLinkLabel(sectors, after), number(after.value)));
        }
    }
    if (a != b && std::is_permutation(a.begin(), a.end(), b.begin(), b.end())) {
        out.add(translated(QT_TRANSLATE_NOOP("PlanComparison", "order of district links changed")));
    }
}

void compareInputOutput(Differences& out, const Plan& a, const Plan& b) {
    const InputOutputTable& ta = a.inputOutput();
    const InputOutputTable& tb = b.inputOutput();
    if (ta.size() != tb.size()) {
        out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "input-output table sectors")),
                   ta.size(), tb.size());
    } else {
        for (SectorIndex supplier = 0; supplier < ta.size(); ++supplier) {
            for (SectorIndex buyer = 0; buyer < ta.size(); ++buyer) {
                out.change(
                    translated(
                        QT_TRANSLATE_NOOP("PlanComparison", "input-output coefficient %1 → %2"))
                        .arg(sectorLabel(a.sectors(), supplier), sectorLabel(a.sectors(), buyer)),
                    ta.coefficient(supplier, buyer), tb.coefficient(supplier, buyer));
            }
        }
    }
    out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "input-output table illustrative")),
               yesNo(a.inputOutputIllustrative()), yesNo(b.inputOutputIllustrative()));
}

} // namespace

QStringList planDifferences(const Plan& a, const Plan& b) {
    Differences out;
    out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "province")),
               a.regions().province().nameEn, b.regions().province().nameEn);
    out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "plan title (Chinese)")),
               text(a.info().titleZh), text(b.info().titleZh));
    out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "plan title (English)")),
               text(a.info().titleEn), text(b.info().titleEn));
    out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "plan year")), a.info().year,
               b.info().year);
    out.change(translated(QT_TRANSLATE_NOOP("PlanComparison", "plan source")),
               text(a.info().source), text(b.info().source));

    const auto codes = [](const SectorCatalogue& sectors) {
        QStringList list;
        for (const Sector& sector : sectors.sectors()) {
            list << QStringLiteral("%1 %2 %3 %4")
                        .arg(sector.code, sector.nameZh, sector.nameEn,
                             categoryKey(sector.category));
        }
        return list.join(QStringLiteral("; "));
    };
    if (codes(a.sectors()) != codes(b.sectors())) {
        out.add(translated(QT_TRANSLATE_NOOP("PlanComparison", "sector catalogue changed")));
    }

    for (const District* before : a.districts()) {
        if (const District* after = b.district(before->id)) {
            compareDistrict(out, a.sectors(), *before, *after);
        } else {
            out.add(translated(QT_TRANSLATE_NOOP("PlanComparison", "District %1 (%2) removed"))
                        .arg(before->id.value)
                        .arg(before->nameZh));
        }
    }
    for (const District* after : b.districts()) {
        if (!a.district(after->id)) {
            out.add(translated(QT_TRANSLATE_NOOP("PlanComparison", "District %1 (%2) added"))
                        .arg(after->id.value)
                        .arg(after->nameZh));
        }
    }
    compareDistrictLinks(out, a.sectors(), a.districtLinks(), b.districtLinks());
    compareInputOutput(out, a, b);
    return std::move(out).lines();
}

} // namespace agglomap::model
