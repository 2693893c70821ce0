using CivilAffairs.ElderCare.Features.Shared;

namespace CivilAffairs.ElderCare.Features.Institutions;

/// <summary>The elder's page: the person's stays in institutions (current and past).</summary>
internal sealed class InstitutionServiceSource(Admissions admissions) : IElderServiceSource
{
    public async Task<IReadOnlyList<ElderService>> ForPersonAsync(Guid personId, string idNumber, CancellationToken ct)
    {
        var stays = await admissions.ForPersonAsync(idNumber.Trim().ToUpperInvariant(), ct);
        return stays.Select(s => new ElderService("机构养老", $"{s.InstitutionName} · {s.Stay.BedTypeName}",
            $"{s.Stay.CareLevelName} · {s.Stay.FeePayerName}" + (s.Stay.DischargeReasonName is { } r ? $" · 出院：{r}" : ""),
            s.Stay.AdmittedOn, s.Stay.DischargedOn, $"/eldercare/institutions/{s.Stay.InstitutionCode}")).ToList();
    }
}

/// <summary>The reports page: 机构与床位 figures by district, as of the period's last day.</summary>
internal sealed class InstitutionFigures(BedStats stats) : IElderCareFigures
{
    private const string Area = "机构与床位";

    public async Task<IReadOnlyList<ElderCareFigure>> GetAsync(FigureQuery query, CancellationToken ct)
    {
        var v = await stats.ComputeAsync(query.From, query.To, query.DivisionPrefix, ct);
        var list = new List<ElderCareFigure>();
        foreach (var r in v.Districts.Append(v.Total))
        {
            var total = r.DistrictCode is null;
            list.Add(new(Area, "beds.total", "养老床位", r.DistrictCode, r.Beds, "张"));
            list.Add(new(Area, "beds.selfcare", "自理床位", r.DistrictCode, r.SelfCare, "张"));
            list.Add(new(Area, "beds.nursing", "护理型床位", r.DistrictCode, r.Nursing, "张"));
            list.Add(new(Area, "beds.memory", "失智照护床位", r.DistrictCode, r.MemoryCare, "张"));
            list.Add(new(Area, "beds.occupied", "在住人数", r.DistrictCode, r.Occupied, "人"));
            // the year's target is the city's; a district has none of its own
            list.Add(new(Area, "beds.new", "新增床位", r.DistrictCode, r.NewBeds, "张", total ? v.NewBedsTarget : null));
            list.Add(new(Area, "beds.nursing_share", "护理型床位占比", r.DistrictCode, r.NursingShare, "%", v.NursingShareTarget));
            list.Add(new(Area, "daycare.clinic_share", "日间照料中心医养签约率", r.DistrictCode, r.DayCareClinicShare, "%", v.DayCareClinicTarget));
            list.Add(new(Area, "homes.clinic_share", "养老机构医养结合率", r.DistrictCode, r.HomesClinicShare, "%"));
            list.Add(new(Area, "subsidy.paid", "民办机构资助已批准", r.DistrictCode, r.SubsidyPaid, "元"));
        }
        return list;
    }
}
