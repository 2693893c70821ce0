using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Seeding;

/// <summary>
/// The core's demo data: a register of fictitious institutions and service points (names are
/// invented; streets are real). The provider demo accounts (care.home, care.home2, meal.canteen,
/// homecare.agency) hold the codes of the first four. Each feature area seeds its own demo data
/// after this (its seeder's Order is above 80).
/// </summary>
internal sealed class ElderCareSeeder(ElderCareDb db, TimeProvider clock) : ISeeder
{
    internal sealed record DemoInstitution(string Code, string Name, InstitutionKind Kind, InstitutionOwnership Ownership, string DivisionCode,
        string Address, string? Licence, DateOnly OpenedOn);

    internal static readonly IReadOnlyList<DemoInstitution> Demo =
    [
        new("YL440304001", "福田区福康颐养院", InstitutionKind.NursingHome, InstitutionOwnership.Private, "440304004", "深圳市福田区福田街道福民路88号", "44030419001", new(2012, 5, 1)),
        new("YL440305001", "南山区南头长者护理院", InstitutionKind.CareHome, InstitutionOwnership.Private, "440305001", "深圳市南山区南头街道中山东街16号", "44030519002", new(2015, 9, 1)),
        new("ZC440304004", "福田街道长者饭堂", InstitutionKind.MealProvider, InstitutionOwnership.PublicBuiltPrivateRun, "440304004", "深圳市福田区福田街道福华路12号一楼", null, new(2017, 3, 1)),
        new("JJ440304001", "福田区乐龄居家养老服务中心", InstitutionKind.HomeCareCenter, InstitutionOwnership.Private, "440304004", "深圳市福田区福田街道岗厦路30号", null, new(2014, 1, 6)),
        new("YL440304002", "福田区颐康养老院", InstitutionKind.NursingHome, InstitutionOwnership.Public, "440304001", "深圳市福田区南园街道南园路101号", "44030419003", new(2005, 10, 1)),
        new("YL440303001", "罗湖区桂园颐年院", InstitutionKind.NursingHome, InstitutionOwnership.PublicBuiltPrivateRun, "440303001", "深圳市罗湖区桂园街道红岭中路20号", "44030319001", new(2010, 6, 1)),
        new("YL440306001", "宝安区新安敬老院", InstitutionKind.NursingHome, InstitutionOwnership.Public, "440306017", "深圳市宝安区新安街道新安二路55号", "44030619001", new(2003, 1, 1)),
        new("YL440307001", "龙岗区布吉康乐护理院", InstitutionKind.CareHome, InstitutionOwnership.Private, "440307014", "深圳市龙岗区布吉街道吉华路300号", "44030719001", new(2016, 12, 1)),
        new("RZ440304004", "福田街道日间照料中心", InstitutionKind.DayCareCenter, InstitutionOwnership.PublicBuiltPrivateRun, "440304004", "深圳市福田区福田街道福民路90号二楼", null, new(2016, 4, 1)),
        new("RZ440304001", "南园街道日间照料中心", InstitutionKind.DayCareCenter, InstitutionOwnership.PublicBuiltPrivateRun, "440304001", "深圳市福田区南园街道滨河路6号", null, new(2017, 7, 1)),
        new("RZ440305001", "南头街道日间照料中心", InstitutionKind.DayCareCenter, InstitutionOwnership.PublicBuiltPrivateRun, "440305001", "深圳市南山区南头街道南头城社区1号", null, new(2016, 10, 1)),
        new("RZ440303001", "桂园街道日间照料中心", InstitutionKind.DayCareCenter, InstitutionOwnership.Public, "440303001", "深圳市罗湖区桂园街道松园路8号", null, new(2015, 5, 1)),
        new("RZ440311001", "光明街道日间照料中心", InstitutionKind.DayCareCenter, InstitutionOwnership.Public, "440311001", "深圳市光明区光明街道光明大街20号", null, new(2018, 9, 19)),
        new("ZC440304001", "南园街道长者饭堂", InstitutionKind.MealProvider, InstitutionOwnership.PublicBuiltPrivateRun, "440304001", "深圳市福田区南园街道南园路45号", null, new(2018, 1, 8)),
        new("ZC440305001", "南头街道长者饭堂", InstitutionKind.MealProvider, InstitutionOwnership.PublicBuiltPrivateRun, "440305001", "深圳市南山区南头街道南头城社区8号", null, new(2018, 3, 1)),
        new("ZC440303001", "桂园街道助餐点", InstitutionKind.MealProvider, InstitutionOwnership.Private, "440303001", "深圳市罗湖区桂园街道宝安南路15号", null, new(2018, 5, 1)),
        new("JJ440305001", "南山区康馨居家养老服务中心", InstitutionKind.HomeCareCenter, InstitutionOwnership.Private, "440305001", "深圳市南山区南头街道南新路2000号", null, new(2015, 3, 1)),
    ];

    public int Order => 80;

    public Task SeedReferenceDataAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task SeedDemoDataAsync(CancellationToken ct)
    {
        var have = await db.Institutions.IgnoreQueryFilters().Select(i => i.Code).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var d in Demo.Where(d => !have.Contains(d.Code)))
        {
            db.Institutions.Add(new Institution
            {
                Code = d.Code, Name = d.Name, Kind = d.Kind, Ownership = d.Ownership, DivisionCode = d.DivisionCode, Address = d.Address,
                LicenceNumber = d.Licence, Operator = d.Ownership == InstitutionOwnership.Public ? "区民政局" : d.Name + "运营方",
                Phone = "0755-8" + d.Code[^7..], OpenedOn = d.OpenedOn, CreatedAtUtc = now, UpdatedAtUtc = now,
            });
        }
        await db.SaveChangesAsync(ct);
    }
}
