using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Seeding;

/// <summary>
/// Applications in every state, dated relative to today: one awaiting acceptance, one in review, one
/// awaiting futian.district's decision, one overdue, one returned for documents, decided ones; and
/// the line of the register's first import. Names and people are invented.
/// </summary>
internal sealed class RegistryDemoSeeder(SocialOrgsDb db, Numbers numbers, ParameterStore parameters, WorkingDayCalendar calendar, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Applications.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }
        var today = ChinaTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var days = await calendar.GetAsync(ct);
        var rates = RegistryRates.From(await parameters.FindManyAsync(RegistryParameters.Keys, today, "4403", ct), today);
        var orgs = await db.Organizations.IgnoreQueryFilters().ToDictionaryAsync(o => o.CreditCode, ct);
        DateOnly WorkingDaysAgo(int n)
        {
            var d = today;
            for (var i = 0; i < n; d = d.AddDays(-1))
            {
                if (days.IsWorkingDay(d.AddDays(-1)))
                {
                    i++;
                }
            }
            return d;
        }

        async Task<RegistrationApplication> Add(RegistrationApplication a, int submittedAgo, int? acceptedAgo)
        {
            a.Number = await numbers.NextAsync("DJ", today.Year, ct);
            a.SubmittedOn = WorkingDaysAgo(submittedAgo);
            a.Level ??= a.AuthorityCode.Length == 4 ? RegistrationLevel.City : RegistrationLevel.District;
            if (acceptedAgo is { } acc)
            {
                a.AcceptedOn = WorkingDaysAgo(acc);
                a.AcceptedBy = a.AuthorityCode == "4403" ? "city.npo" : "futian.npo";
                var d = RegistryRules.DeadlinesFor(a.Kind, a.Type ?? SocialOrgType.SocialGroup, a.AcceptedOn.Value, 0, 0, rates, days);
                (a.DueOn, a.StatutoryDueOn, a.DeadlineBasis) = (d.DueOn, d.StatutoryDueOn, d.Basis);
            }
            a.CreatedAtUtc = a.UpdatedAtUtc = now;
            db.Applications.Add(a);
            return a;
        }

        void Attach(RegistrationApplication a, int demoNumber)
        {
            var o = orgs[SocialOrgsSeeder.CodeOf(demoNumber)];
            (a.OrganizationId, a.CreditCode, a.DivisionCode, a.AuthorityCode, a.Type, a.Level) = (o.Id, o.CreditCode, o.DivisionCode, o.AuthorityCode, o.Type, o.Level);
        }

        // awaiting acceptance at 福田
        await Add(new RegistrationApplication
        {
            Kind = ApplicationKind.Establishment, AuthorityCode = "440304", DivisionCode = "440304004", Name = "福田区彩虹桥长者服务中心",
            Type = SocialOrgType.ServiceOrg, Field = "养老服务", LegalRepresentative = "何文静", Address = "深圳市福田区福田街道彩虹路18号",
            BusinessScope = "为社区长者提供日间照料、助餐、文体康乐服务", Funds = 100_000m, FiledBy = "futian.npo",
            ThresholdBasis = "开办资金≥30000元", Status = ApplicationStatus.Submitted,
        }, 1, null);
        // in review at the city
        await Add(new RegistrationApplication
        {
            Kind = ApplicationKind.Establishment, AuthorityCode = "4403", DivisionCode = "440305005", Name = "深圳市智能机器人产业协会",
            Type = SocialOrgType.SocialGroup, Field = "行业协会商会", IsIndustryAssociation = true, LegalRepresentative = "郑思远",
            Address = "深圳市南山区粤海街道科技园示例大厦12楼", BusinessScope = "行业调研、标准制定、技术交流、会员服务", IndividualMembers = 12, UnitMembers = 46,
            Funds = 300_000m, FiledBy = "city.npo", ThresholdBasis = "个人会员≥50或单位会员≥30或合计≥50；活动资金≥30000元", Status = ApplicationStatus.Accepted,
        }, 4, 3);
        // awaiting futian.district's decision (reviewed by futian.npo)
        await Add(new RegistrationApplication
        {
            Kind = ApplicationKind.Establishment, AuthorityCode = "440304", DivisionCode = "440304007", Name = "福田区香蜜湖邻里互助会",
            Type = SocialOrgType.SocialGroup, Field = "社区服务", LegalRepresentative = "罗建平", Address = "深圳市福田区香蜜湖街道示例社区服务站",
            BusinessScope = "组织居民开展邻里互助、志愿服务和文体活动", IndividualMembers = 86, UnitMembers = 0, Funds = 30_000m, FiledBy = "futian.npo",
            ThresholdBasis = "个人会员≥50或单位会员≥30或合计≥50；活动资金≥30000元", OrgCode = "MJL99001", Status = ApplicationStatus.Reviewed,
            ReviewedBy = "futian.npo", ReviewedOn = WorkingDaysAgo(1), ReviewOpinion = "材料齐全，会员数和活动资金符合条件，建议准予成立登记",
        }, 9, 8);
        // overdue: a city change accepted long ago
        var overdue = new RegistrationApplication
        {
            Kind = ApplicationKind.Change, Address = "深圳市福田区华强北街道示例电子大厦8楼", Reason = "会址搬迁", FiledBy = "city.npo",
            Status = ApplicationStatus.Accepted,
        };
        Attach(overdue, 4);
        await Add(overdue, 16, 15);
        // returned for the liquidation report (clock stopped)
        var returned = new RegistrationApplication
        {
            Kind = ApplicationKind.Deregistration, Reason = "理事会决议解散", FiledBy = "futian.npo", Status = ApplicationStatus.Returned,
            ResumeStatus = ApplicationStatus.Submitted, ReturnReason = "请补交经理事会确认的清算报告", ReturnedOn = WorkingDaysAgo(2),
        };
        Attach(returned, 24);
        await Add(returned, 5, null);
        // decided: org.npo's change of legal representative approved; a foundation refused for want of original fund
        var npo = orgs[SocialOrgsSeeder.CodeOf(3)];
        var approved = new RegistrationApplication
        {
            Kind = ApplicationKind.Change, LegalRepresentative = npo.LegalRepresentative, Reason = "理事会换届，法定代表人连任", FiledBy = "org.npo",
            FiledByOrganization = true, Status = ApplicationStatus.Approved, ReviewedBy = "futian.npo", ReviewOpinion = "换届程序合规",
            DecidedBy = "futian.district",
        };
        Attach(approved, 3);
        await Add(approved, 30, 29);
        approved.ReviewedOn = WorkingDaysAgo(27);
        approved.DecidedOn = WorkingDaysAgo(25);
        db.OrganizationEvents.Add(new OrganizationEvent
        {
            OrganizationId = npo.Id, CreditCode = npo.CreditCode, DivisionCode = npo.DivisionCode, Kind = OrgEventKind.Changed,
            Summary = "准予变更登记：法定代表人（理事会换届连任）", Details = "法定代表人：连任，登记事项不变", Reference = approved.Number,
            OccurredOn = approved.DecidedOn.Value, RecordedBy = "futian.district", RecordedAtUtc = now,
        });
        var refused = await Add(new RegistrationApplication
        {
            Kind = ApplicationKind.Establishment, AuthorityCode = "4403", DivisionCode = "440303002", Name = "深圳市东湖助学基金会",
            Type = SocialOrgType.Foundation, Field = "教育", LegalRepresentative = "邱明辉", Address = "深圳市罗湖区东湖街道示例路9号",
            BusinessScope = "资助家庭经济困难学生", Funds = 2_000_000m, PublicFundraising = false, FiledBy = "city.npo",
            ThresholdBasis = "原始基金≥2000000元（非公募）", Status = ApplicationStatus.Refused, ReviewedBy = "city.npo",
            ReviewOpinion = "原始基金中200万元为发起人借款，非合法自有财产", DecidedBy = "city.officer",
            DecisionReason = "原始基金来源不合法（发起人借入资金），不符合《基金会管理条例》第八条第（二）项的规定",
        }, 40, 39);
        refused.ReviewedOn = WorkingDaysAgo(35);
        refused.DecidedOn = WorkingDaysAgo(33);
        db.RegistryImports.Add(new RegistryImport
        {
            DivisionCode = "4403", FileName = "深圳市社会组织存量名录（2018年底）.xlsx", Rows = orgs.Count, Added = orgs.Count, ImportedBy = "city.npo",
            ImportedAtUtc = now.AddDays(-90),
        });
        await db.SaveChangesAsync(ct);
    }
}
