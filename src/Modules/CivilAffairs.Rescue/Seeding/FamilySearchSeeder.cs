using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Rescue.Features.FamilySearch;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Seeding;

/// <summary>
/// Family-search parameters with their basis (推定 where the source was not read), then the demo
/// data: the 603 reunions of 2018, open missing-person reports, notices for unidentified people in
/// care. Runs after the casework seeder (higher Order) so that the current cases exist.
/// </summary>
internal sealed class FamilySearchSeeder(PlatformDb db, FamilySearchDemoSeeder demo, TimeProvider clock) : ISeeder
{
    internal static readonly (string Key, string From, string Value, string Basis)[] Rows =
    [
        (FamilySearchParameters.NoticeDeadline, "2016-01-01", "7",
            "推定值：《生活无着的流浪、乞讨人员救助管理机构工作规程》（民发〔2014〕132号）要求对身份不明的受助人员及时发布寻亲公告；"
            + "7个工作日的时限未核对原文，请救助站在政策参数页确认（全国救助寻亲网2016年1月1日上线）"),
        (FamilySearchParameters.StationContact, "2016-01-01", "深圳市救助管理站 · 求助热线 12345（转救助站）",
            "救助站联系方式（推定：以救助站对外公布的地址与电话为准，请救助站在政策参数页更新）"),
        (FamilySearchParameters.FollowUpDays, "2016-01-01", "30",
            "推定值：返乡人员回访时限（民政部关于加强流浪乞讨人员救助管理回访、防止反复流浪的要求，天数未见正式文件），请救助站确认"),
    ];

    public int Order => 65;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var keys = Rows.Select(r => r.Key).ToList();
        var present = await db.Parameters.Where(p => keys.Contains(p.Key)).Select(p => p.Key).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in Rows.Where(r => !present.Contains(r.Key)))
        {
            db.Parameters.Add(new Parameter
            {
                Key = r.Key, DivisionCode = "4403", Value = r.Value, ValidFrom = DateOnly.Parse(r.From, System.Globalization.CultureInfo.InvariantCulture),
                LegalBasis = r.Basis, CreatedBy = "system", CreatedAtUtc = now,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    public Task SeedDemoDataAsync(CancellationToken ct) => demo.SeedAsync(ct);
}
