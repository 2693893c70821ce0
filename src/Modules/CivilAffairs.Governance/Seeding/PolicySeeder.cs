using CivilAffairs.Governance.Data;
using CivilAffairs.Governance.Features.Policies;
using CivilAffairs.Governance.Features.Shared;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Governance.Seeding;

/// <summary>
/// Demo documents: the 2018 policies and internal rules named in the bureau's 2018 summary (section 二),
/// with plausible 文号 marked as demo, and two later revisions dated relative to today so that the
/// register shows a revised document and one due for review.
/// </summary>
internal sealed class PolicySeeder(GovernanceDb db, PlatformDb platform, TimeProvider clock) : ISeeder
{
    public const string ExpertRulesNumber = "深民〔2018〕88号";

    private static readonly (string Number, string Title, string Body, PolicyKind Kind, string Published, string Text)[] Docs2018 =
    [
        ("深办发〔2018〕5号", "关于深化社会组织管理制度改革的实施意见", "中共深圳市委办公厅 深圳市人民政府办公厅", PolicyKind.Policy, "2018-04-20",
            "完善社会组织准入退出机制，健全社会组织监管体系，优化社会组织发展环境，引导社会组织发挥积极作用，加强党对社会组织工作的领导。"),
        ("深办发〔2018〕9号", "关于加强社会组织党的建设工作的实施意见", "中共深圳市委办公厅", PolicyKind.Policy, "2018-06-15",
            "推进社会组织党的组织和党的工作有效覆盖，凡有三名以上正式党员的社会组织应当单独建立党组织。"),
        ("深府办〔2018〕12号", "深圳市关于全面放开养老服务市场提升养老服务质量的若干措施", "深圳市人民政府办公厅", PolicyKind.Policy, "2018-07-02",
            "降低准入门槛，鼓励社会力量举办养老机构，推动居家社区养老服务发展，提升养老服务质量。"),
        ("深民规〔2018〕2号", "深圳市民办养老机构资助办法", "深圳市民政局 深圳市财政委员会", PolicyKind.Normative, "2018-08-10",
            "对符合条件的民办养老机构给予建设资助和运营资助，运营资助按实际入住老人数和护理等级核定。"),
        ("深府办函〔2018〕150号", "关于加快商业养老保险发展的实施意见", "深圳市人民政府办公厅", PolicyKind.Policy, "2018-09-05",
            "支持商业保险机构开发多样化商业养老保险产品，推进商业养老保险参与养老服务体系建设。"),
        ("深民规〔2018〕3号", "深圳市社会福利机构成年孤儿安置办法", "深圳市民政局", PolicyKind.Normative, "2018-10-12",
            "社会福利机构抚养的孤儿年满十八周岁后，按照就业安置、住房保障、社会保险等方式予以安置。"),
        ("深民〔2018〕60号", "深圳市民政局防止利益冲突暂行规定", "深圳市民政局", PolicyKind.Internal, "2018-05-08",
            "工作人员在行政审批、资金分配、专家评审等事项中与当事人存在利益关系的，应当主动申报并回避。"),
        ("深民〔2018〕75号", "深圳市福利彩票公益金项目绩效评价办法", "深圳市民政局", PolicyKind.Internal, "2018-06-28",
            "福彩公益金资助项目实行绩效评价，评价结果作为后续资助的重要依据。"),
        ("深民〔2018〕80号", "深圳市民政局直属事业单位常设岗位人员聘用管理办法", "深圳市民政局", PolicyKind.Internal, "2018-07-20",
            "直属事业单位常设岗位人员实行公开招聘、合同管理。"),
        (ExpertRulesNumber, "深圳市民政局重大行政决策咨询论证专家库管理办法", "深圳市民政局", PolicyKind.Internal, "2018-08-30",
            "重大行政决策事项应当组织专家咨询论证。专家与论证事项存在利害关系的，应当回避。每次论证邀请的专家不少于规定人数。"),
        ("深民〔2018〕95号", "深圳市民政局规范性文件管理办法", "深圳市民政局", PolicyKind.Internal, "2018-09-26",
            "规范性文件实行统一登记、统一编号、统一公布，有效期届满前应当进行评估。"),
        ("深民规〔2018〕5号", "深圳市节地生态安葬奖励办法", "深圳市民政局 深圳市财政委员会", PolicyKind.Normative, "2018-11-20",
            "选择树葬、花坛葬、草坪葬、骨灰撒海等节地生态安葬方式的，给予奖励。"),
    ];

    public int Order => 116;

    public Task SeedReferenceDataAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task SeedDemoDataAsync(CancellationToken ct)
    {
        if (await db.PolicyDocuments.AnyAsync(ct))
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(clock);
        var byNumber = new Dictionary<string, PolicyDocument>();
        foreach (var d in Docs2018)
        {
            var published = DateOnly.Parse(d.Published, System.Globalization.CultureInfo.InvariantCulture);
            var doc = new PolicyDocument
            {
                Number = d.Number, Title = d.Title, IssuingBody = d.Body, Kind = d.Kind, SignedOn = published.AddDays(-7), PublishedOn = published,
                EffectiveFrom = published.AddDays(10), FullText = d.Text, DemoNumber = true, CreatedBy = "system", CreatedAtUtc = now,
            };
            byNumber[d.Number] = doc;
            db.PolicyDocuments.Add(doc);
        }
        // the subsidy rules were revised last year: the 2018 version now reads 已修订. Under an early
        // clock (tests run at 2019-01-30) the revision still comes after the original, with its own number.
        var revisedOn = today.AddYears(-1);
        if (revisedOn < new DateOnly(2018, 12, 1))
        {
            revisedOn = new DateOnly(2018, 12, 1);
        }
        db.PolicyDocuments.Add(new PolicyDocument
        {
            Number = $"深民规〔{revisedOn.Year}〕12号", Title = "深圳市民办养老机构资助办法（修订）", IssuingBody = "深圳市民政局 深圳市财政局", Kind = PolicyKind.Normative,
            SignedOn = revisedOn.AddDays(-10), PublishedOn = revisedOn.AddDays(-5), EffectiveFrom = revisedOn, SupersedesId = byNumber["深民规〔2018〕2号"].Id,
            FullText = "对民办养老机构的运营资助与护理型床位、服务质量评价等级挂钩；取消建设资助中的床位数门槛。", DemoNumber = true, CreatedBy = "system", CreatedAtUtc = now,
        });
        // a normative document whose five years end within the review lead time
        var closing = today.AddYears(-5).AddMonths(3);
        db.PolicyDocuments.Add(new PolicyDocument
        {
            Number = $"深民规〔{closing.Year}〕1号", Title = "深圳市居家养老服务补贴管理办法", IssuingBody = "深圳市民政局", Kind = PolicyKind.Normative,
            SignedOn = closing.AddDays(-20), PublishedOn = closing.AddDays(-10), EffectiveFrom = closing,
            FullText = "经评估符合条件的老年人按照照护等级享受居家养老服务补贴，补贴以服务形式发放。", DemoNumber = true, CreatedBy = "system", CreatedAtUtc = now,
        });
        // a draft under consultation
        db.PolicyDocuments.Add(new PolicyDocument
        {
            Number = $"深民规〔{today.Year}〕9号", Title = "深圳市社区民生微实事项目管理办法（征求意见稿）", IssuingBody = "深圳市民政局", Kind = PolicyKind.Normative,
            FullText = "民生微实事项目由居民提出、社区居委会组织议事、街道审核，单个项目资金实行上限管理。", DemoNumber = true, CreatedBy = "system", CreatedAtUtc = now,
        });
        await db.SaveChangesAsync(ct);
        // the expert-pool rule's minimum cites the bureau's own rules
        var min = await platform.Parameters.Where(p => p.Key == GovernanceParameters.MinExpertsPerConsultation && p.DocumentNumber == null).ToListAsync(ct);
        foreach (var p in min)
        {
            p.DocumentNumber = ExpertRulesNumber;
        }
        await platform.SaveChangesAsync(ct);
    }
}
