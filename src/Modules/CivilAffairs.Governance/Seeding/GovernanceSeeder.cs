using System.Globalization;
using CivilAffairs.Governance.Features.Shared;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Governance.Seeding;

/// <summary>
/// 机关管理 parameters with their legal basis. The module's rules come from national and provincial
/// regulations that state principles rather than Shenzhen numbers; every value below is 推定 and
/// says what the bureau must confirm.
/// </summary>
internal sealed class GovernanceSeeder(PlatformDb db, TimeProvider clock) : ISeeder
{
    internal static readonly (string Key, string From, string Value, string Basis)[] Rows =
    [
        (GovernanceParameters.NormativeValidityYears, "2010-08-01", "5",
            "《广东省行政机关规范性文件管理规定》（省政府令第149号）及《广东省行政规范性文件管理规定》：规范性文件有效期一般不超过5年（推定，请办公室核对现行条文）"),
        (GovernanceParameters.ReviewLeadMonths, "2010-08-01", "6",
            "《广东省行政规范性文件管理规定》：有效期届满前应当进行评估（提前月数为本局内部安排，推定，请办公室确认）"),
        (GovernanceParameters.MinExpertsPerConsultation, "2018-01-01", "5",
            "《深圳市民政局重大行政决策咨询论证专家库管理办法》；《重大行政决策程序暂行条例》（国务院令第713号）第十九条：专家论证应当选择相关领域专家（人数为推定，请办公室确认）"),
        (GovernanceParameters.ReplyMonths, "2018-01-01", "3",
            "《深圳市人民代表大会代表建议、批评和意见办理办法》《政协深圳市委员会提案工作条例》：自交办之日起3个月内办复（推定，请办公室核对）"),
        (GovernanceParameters.ExcellentMin, "2018-01-01", "90", "《深圳市民政局干部绩效考核办法》：90分以上为优秀（分数段推定，请人事处确认）"),
        (GovernanceParameters.GoodMin, "2018-01-01", "80", "《深圳市民政局干部绩效考核办法》：80分以上为良好（推定，请人事处确认）"),
        (GovernanceParameters.PassMin, "2018-01-01", "60", "《深圳市民政局干部绩效考核办法》：60分以上为合格，以下为不合格（推定，请人事处确认）"),
        (GovernanceParameters.ExcellentShareCap, "2018-01-01", "0.2",
            "《公务员考核规定》：优秀等次人数一般掌握在参加考核人数的20%以内（事业单位参照，推定，请人事处确认）"),
        (GovernanceParameters.TrainingAnnualHours, "2019-01-01", "90",
            "《公务员培训规定》（2019年）：公务员每年参加脱产培训累计一般不少于12天或90学时（推定，请人事处确认本局口径）"),
    ];

    public int Order => 115;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var present = await db.Parameters.Where(p => p.Key.StartsWith("governance.")).Select(p => p.Key).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in Rows.Where(r => !present.Contains(r.Key)))
        {
            db.Parameters.Add(new Parameter
            {
                Key = r.Key, DivisionCode = "4403", Value = r.Value, ValidFrom = DateOnly.Parse(r.From, CultureInfo.InvariantCulture), LegalBasis = r.Basis,
                Note = "推定", CreatedBy = "system", CreatedAtUtc = now,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    public Task SeedDemoDataAsync(CancellationToken ct) => Task.CompletedTask;
}
