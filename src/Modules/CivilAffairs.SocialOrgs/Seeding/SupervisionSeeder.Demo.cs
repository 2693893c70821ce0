using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Supervision;

namespace CivilAffairs.SocialOrgs.Seeding;

/// <summary>
/// Demo cases: the 29 cases of 2018 (registered organizations and illegal ones — 取缔/劝散),
/// and this year's open cases at several steps (one waiting for futian.district's decision, one
/// overdue); inspections and complaints of both years. Names of people are invented.
/// </summary>
internal sealed partial class SupervisionSeeder
{
    private sealed record Plan(int? Org, string? Illegal, string? Place, string? Division, CaseSource Source, string Facts, CaseOutcome Outcome, decimal? Amount,
        DateOnly Filed, string Authority);

    private static readonly string[] IllegalNames =
    [
        "中华国学传承促进总会深圳办事处", "深圳市湘籍企业家联合会（筹）", "世界华人健康产业联盟深圳分会", "中国民营经济发展研究院深圳分院",
        "深圳市老年养生保健协会（未登记）", "全球客属青年商会深圳联络处", "深圳市新媒体从业者联合会（筹）", "亚太慈善公益促进会深圳代表处",
        "深圳市少儿艺术等级考评中心", "中国社区发展联盟华南总部", "深圳市互联网金融自律联盟（筹）", "国际传统文化交流协会深圳办事处", "深圳市退役军人互助会（筹）",
    ];

    private static readonly string[] IllegalPlaces = ["福田区深南大道示例大厦", "罗湖区东门示例广场", "南山区科技园示例中心", "宝安区新安示例商务楼", "龙岗区布吉示例写字楼"];

    private static readonly string[] IllegalDivisions = ["440304004", "440303004", "440305005", "440306017", "440307014"];

    private async Task SeedCasesAsync(Func<int, SocialOrganization?> org, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var plans = new List<Plan>();
        // 2018: 16 against registered organizations (no revocation or suspension, so the demo register stays active) and 13 against illegal ones
        (int Org, CaseOutcome Outcome, decimal? Amount, string Facts)[] registered =
        [
            (4, CaseOutcome.Warning, null, "未按章程规定召开会员代表大会换届"), (5, CaseOutcome.Warning, null, "超出章程规定的宗旨和业务范围开展评比表彰活动"),
            (6, CaseOutcome.Fine, 10_000m, "违规向会员强制收取培训费"), (7, CaseOutcome.Warning, null, "未按规定办理负责人变更登记"),
            (8, CaseOutcome.Fine, 20_000m, "违规设立地域性分支机构"), (10, CaseOutcome.Confiscation, 36_800m, "以评比达标名义收取费用"),
            (11, CaseOutcome.Warning, null, "未按规定报送年度工作报告"), (12, CaseOutcome.NoPenalty, null, "未按规定使用印章，已主动改正"),
            (14, CaseOutcome.Warning, null, "财务管理不规范，账外收支"), (15, CaseOutcome.Fine, 5_000m, "不按规定接受年度检查"),
            (21, CaseOutcome.Warning, null, "未按规定办理住所变更登记"), (27, CaseOutcome.Warning, null, "活动超出登记的业务范围"),
            (30, CaseOutcome.Fine, 8_000m, "违反规定收取会费"), (33, CaseOutcome.Withdrawn, null, "被举报违规收费，经查不属实"),
            (35, CaseOutcome.Warning, null, "未按规定公开财务信息"), (39, CaseOutcome.NoPenalty, null, "违法行为轻微并及时改正"),
        ];
        for (var i = 0; i < registered.Length; i++)
        {
            var r = registered[i];
            var o = org(r.Org);
            plans.Add(new Plan(r.Org, null, null, null, (CaseSource)(i % 4 + 1), r.Facts, r.Outcome, r.Amount, new DateOnly(2018, 1 + i * 11 / 16, 5 + i), o?.AuthorityCode ?? "4403"));
        }
        for (var i = 0; i < IllegalNames.Length; i++)
        {
            var outcome = i < 8 ? CaseOutcome.Ban : CaseOutcome.Dispersal;
            var division = IllegalDivisions[i % IllegalDivisions.Length];
            plans.Add(new Plan(null, IllegalNames[i], IllegalPlaces[i % IllegalPlaces.Length], division, i % 2 == 0 ? CaseSource.Complaint : CaseSource.Referral,
                "未经登记，擅自以社会组织名义开展活动", outcome, null, new DateOnly(2018, 3 + i * 8 / 13, 2 + i), i < 6 ? "4403" : division[..6]));
        }
        foreach (var p in plans)
        {
            var c = NewCase(p.Org is { } n ? org(n) : null, p, await numbers.NextAsync("AJ", 2018, ct), p.Filed.AddDays(-3));
            Progress(c, CaseStatus.Closed, p.Filed, p.Outcome, p.Amount, null);
        }

        // this year's open cases, relative to today
        var year = today.Year;
        Progress(NewCase(org(25), Current(25, CaseSource.Complaint, "举报称以培训名义向家长收取赞助费", "440304"), await numbers.NextAsync("AJ", year, ct),
            today.AddDays(-3), "futian.npo"), CaseStatus.Proposed, today, null, null, null);
        Progress(NewCase(org(26), Current(26, CaseSource.Inspection, "双随机抽查发现违规设立分支机构", "440304"), await numbers.NextAsync("AJ", year, ct),
            today.AddDays(-43), "futian.npo"), CaseStatus.Investigated, today.AddDays(-40), null, null, null);
        Progress(NewCase(org(23), Current(23, CaseSource.Inspection, "年检延伸检查发现接受捐赠未开具票据、账外收支", "440304"),
            await numbers.NextAsync("AJ", year, ct), today.AddDays(-63), "futian.npo"), CaseStatus.Notified, today.AddDays(-60), CaseOutcome.Fine, 20_000m, null);
        Progress(NewCase(org(13), Current(13, CaseSource.AnnualReport, "连续两年未按规定接受年度检查", "4403"), await numbers.NextAsync("AJ", year, ct),
            today.AddDays(-104), "city.npo"), CaseStatus.Reviewed, today.AddDays(-100), null, null, null);
        Progress(NewCase(null, new Plan(null, "深圳市国学文化研究总会（未登记）", "南山区科技园示例中心", "440305005", CaseSource.Complaint,
            "未经登记，以“总会”名义发展会员、收取会费", CaseOutcome.Ban, null, today.AddDays(-20), "4403"), await numbers.NextAsync("AJ", year, ct), today.AddDays(-22),
            "city.npo"), CaseStatus.Investigated, today.AddDays(-20), null, null, null);
        Progress(NewCase(org(22), Current(22, CaseSource.Complaint, "未按规定公示收费标准", "440304"), await numbers.NextAsync("AJ", year, ct),
            today.AddDays(-80), "futian.npo"), CaseStatus.Closed, today.AddDays(-78), CaseOutcome.Warning, null, today);
        Progress(NewCase(null, new Plan(null, "深圳市华强北电子商户联谊会（筹）", "福田区华强北示例商业楼", "440304010", CaseSource.Inspection,
            "未经登记，以联谊会名义组织活动", CaseOutcome.Dispersal, null, today.AddDays(-70), "440304"), await numbers.NextAsync("AJ", year, ct), today.AddDays(-72),
            "futian.npo"), CaseStatus.Closed, today.AddDays(-70), CaseOutcome.Dispersal, null, today);
    }

    /// <summary>Account-name prefix of a registration authority (only city and futian exist as demo accounts; the others are names on paper).</summary>
    private static string Staff(string authority) => authority switch
    {
        "4403" => "city",
        "440303" => "luohu",
        "440304" => "futian",
        "440305" => "nanshan",
        "440306" => "baoan",
        "440307" => "longgang",
        "440309" => "longhua",
        _ => "guangming",
    };

    private static Plan Current(int n, CaseSource source, string facts, string authority) =>
        new(n, null, null, null, source, facts, CaseOutcome.Warning, null, default, authority);

    private EnforcementCase NewCase(SocialOrganization? o, Plan p, string number, DateOnly proposed, string? proposer = null)
    {
        var registrar = proposer ?? Staff(p.Authority) + ".npo";
        var c = new EnforcementCase
        {
            Number = number, Source = p.Source, SourceRef = p.Source == CaseSource.Referral ? "公安机关移送函" : null, Facts = p.Facts, ProposedBy = registrar,
            ProposedOn = proposed, CreatedAtUtc = clock.GetUtcNow().UtcDateTime, UpdatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        if (o is not null)
        {
            c.OrganizationId = o.Id;
            c.CreditCode = o.CreditCode;
            c.DivisionCode = o.DivisionCode;
            c.SubjectName = o.Name;
            c.SubjectPlace = o.Address;
        }
        else
        {
            c.IllegalOrganization = true;
            c.SubjectName = p.Illegal ?? "未登记组织";
            c.SubjectPlace = p.Place;
            c.DivisionCode = p.Division ?? "440304";
        }
        c.Steps.Add(new CaseStep { CaseId = c.Id, Step = CaseStatus.Proposed, On = proposed, By = registrar, Note = "提出立案申请", RecordedAtUtc = c.CreatedAtUtc });
        db.Cases.Add(c);
        return c;
    }

    /// <summary>Walks a case through the procedure up to <paramref name="target"/>, steps spaced as a real case would be.</summary>
    private static void Progress(EnforcementCase c, CaseStatus target, DateOnly filed, CaseOutcome? outcome, decimal? amount, DateOnly? closeBy)
    {
        if (target == CaseStatus.Proposed)
        {
            return;
        }
        var city = c.ProposedBy == "city.npo";
        var approver = city ? "city.officer" : c.ProposedBy.Replace(".npo", ".district", StringComparison.Ordinal);
        var basis = Rows.Where(r => r.Key == SupervisionParameters.DecisionDays).OrderBy(r => r.From, StringComparer.Ordinal).ToList();
        var row = filed < new DateOnly(2021, 7, 15) ? basis[0] : basis[^1];
        c.FiledOn = filed;
        c.FiledBy = approver;
        c.DecisionDue = SupervisionRules.DecisionDue(filed, 90);
        c.ParametersUsed = SupervisionSupport.Json([new ParameterUse(row.Key, row.Value, Day(row.From), row.Basis)]);
        var penalty = outcome is not (null or CaseOutcome.NoPenalty or CaseOutcome.Withdrawn);
        var hearing = outcome is { } o && SupervisionRules.HearingRight(o, amount, 50_000m);
        // closed cases finish within the limit; open ones keep the dates they have reached
        var span = closeBy is { } end ? Math.Max(8, end.DayNumber - filed.DayNumber) : 60;
        DateOnly At(int share) => filed.AddDays(span * share / 100);
        void Add(CaseStatus s, DateOnly on, string by, string note)
        {
            c.Steps.Add(new CaseStep { CaseId = c.Id, Step = s, On = on, By = by, Note = note, RecordedAtUtc = c.CreatedAtUtc });
            c.Status = s;
        }
        Add(CaseStatus.Filed, filed, approver, "同意立案");
        if (target == CaseStatus.Filed)
        {
            return;
        }
        c.Investigators = $"{c.ProposedBy},zf.{(city ? "city" : "district")}";
        Add(CaseStatus.Investigated, At(20), c.ProposedBy, "现场检查，调取章程、会议记录和财务凭证，制作询问笔录");
        if (target == CaseStatus.Investigated)
        {
            return;
        }
        if (!penalty && outcome is not null && target == CaseStatus.Closed)
        {
            c.Outcome = outcome;
            c.DecidedOn = At(40);
            c.DecidedBy = approver;
            c.DecisionReason = c.Facts.Contains("不属实", StringComparison.Ordinal) ? "经查举报不属实，撤案" : "违法行为轻微并及时改正，没有造成危害后果";
            c.ClosedOn = c.DecidedOn;
            Add(CaseStatus.Dropped, At(40), approver, $"{SupervisionRules.Name(outcome.Value)}：{c.DecisionReason}");
            return;
        }
        Add(CaseStatus.Reviewed, At(30), c.ProposedBy, "事实清楚，证据确凿，适用依据正确，程序合法");
        if (target == CaseStatus.Reviewed)
        {
            return;
        }
        c.ProposedOutcome = outcome;
        c.ProposedAmount = amount;
        c.HearingRight = hearing;
        Add(CaseStatus.Notified, At(40), c.ProposedBy, $"拟{SupervisionRules.Name(outcome!.Value)}{(amount is { } a ? $"{a:0.##}元" : "")}；告知陈述、申辩{(hearing ? "和要求听证" : "")}的权利");
        if (target == CaseStatus.Notified)
        {
            return;
        }
        c.Outcome = outcome;
        c.Amount = amount;
        c.DecidedOn = At(55);
        c.DecidedBy = approver;
        Add(CaseStatus.Decided, At(55), approver, SupervisionRules.Name(outcome.Value) + (amount is { } b ? $" {b:#,##0.##} 元" : ""));
        Add(CaseStatus.Served, At(60), c.ProposedBy, "直接送达，当事人签收");
        Add(CaseStatus.Executed, At(85), c.ProposedBy, outcome is CaseOutcome.Fine or CaseOutcome.Confiscation ? "已缴入国库" : "已执行");
        c.ClosedOn = At(90);
        Add(CaseStatus.Closed, At(90), c.ProposedBy, "结案");
    }
}
