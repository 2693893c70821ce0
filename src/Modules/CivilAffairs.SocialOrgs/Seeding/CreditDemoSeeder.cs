using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Credit;
using CivilAffairs.SocialOrgs.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.SocialOrgs.Seeding;

/// <summary>
/// Demo credit lists, relative to today: 深圳市书法家协会 (no annual report), 罗湖区东门商圈商会
/// (unreachable: two letters 35 days apart, entered late), 龙岗区客家文化研究会 (on the abnormal list
/// for over two years: the sweep moves it to the serious list), 宝安区制造业协会 (失信被执行人),
/// 南山区足球协会 (removed after proof), 福田区沙头社区服务中心 (proof awaiting 福田's registrar, overdue).
/// The demo organization accounts stay off the lists.
/// </summary>
internal sealed class CreditDemoSeeder(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly DateOnly ListsInForce = new(2018, 3, 1);

    public async Task SeedAsync(CancellationToken ct)
    {
        // listing runs through the product's paths, which check roles and authority: act as the system
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("socialorgs-credit-demo");
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<SocialOrgsDb>();
        if (await db.CreditLetters.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }
        var listing = sp.GetRequiredService<CreditListing>();
        var calendar = await sp.GetRequiredService<WorkingDayCalendar>().GetAsync(ct);
        var numbers = sp.GetRequiredService<Numbers>();
        var today = ChinaTime.Today(clock);
        // the lists exist since 民政部令第60号 took effect; the demo backdates facts by two years and more, so a clock set
        // before that plus two years (the 2019 workflow tests) gets no demo lists rather than facts no rule covered
        if (today.AddYears(-2).AddDays(-40) < ListsInForce)
        {
            return;
        }
        var orgs = await db.Organizations.IgnoreQueryFilters().ToDictionaryAsync(o => o.CreditCode, ct);
        SocialOrganization Org(int n) => orgs[SocialOrgsSeeder.CodeOf(n)];
        var backdated = new List<CreditListEntry>();

        async Task<CreditListEntry> Place(int n, CreditList list, CreditTrigger trigger, string basis, string source, DateOnly occurred, int listedAfter)
        {
            var e = await listing.PlaceAsync(Org(n), list, trigger, basis, source, occurred, ct);
            e.ListedOn = e.PeriodStart = occurred.AddDays(listedAfter);
            backdated.Add(e);
            return e;
        }

        // the report for last year was due by 5-31 (社团条例 art. 28): listed in June
        var reportDue = new DateOnly(today.Year, 6, 1) <= today ? new DateOnly(today.Year, 6, 1) : new DateOnly(today.Year - 1, 6, 1);
        await Place(13, CreditList.Abnormal, CreditTrigger.NoAnnualReport, $"未按规定于{reportDue.Year}年5月31日前报送{reportDue.Year - 1}年度工作报告",
            $"NB-{reportDue.Year - 1}", reportDue, 3);
        var old = today.AddYears(-2).AddDays(-40);
        await Place(40, CreditList.Abnormal, CreditTrigger.NoAnnualReport, $"未按规定报送{old.Year - 1}年度工作报告", $"NB-{old.Year - 1}", old, 3);
        var caseNo = $"({today.AddDays(-130).Year})粤0306执1234号";
        await Place(38, CreditList.Serious, CreditTrigger.DishonestDebtor, $"经人民法院公布为失信被执行人（{caseNo}，拒不履行生效判决确定的给付义务）",
            caseNo, today.AddDays(-100), 3);
        var removed = await Place(33, CreditList.Abnormal, CreditTrigger.NoAnnualReport, $"未按规定报送{today.AddDays(-200).Year - 1}年度工作报告",
            $"NB-{today.AddDays(-200).Year - 1}", today.AddDays(-200), 3);
        var pending = await Place(24, CreditList.Abnormal, CreditTrigger.RectificationOverdue,
            "年检基本合格后责令限期整改（理事会未按章程换届），逾期未完成整改", "福田民社整〔2026〕7号", today.AddDays(-70), 4);
        await db.SaveChangesAsync(ct);

        // 南山区足球协会: proof in, verified and removed three days later
        var proofOn = today.AddDays(-20);
        var done = new CreditRemovalRequest
        {
            Number = await numbers.NextAsync("CR", today.Year, ct), EntryId = removed.Id, EntryNumber = removed.Number, List = removed.List,
            OrganizationId = removed.OrganizationId, CreditCode = removed.CreditCode, DivisionCode = removed.DivisionCode, Fixed = "已补报年度工作报告",
            Proof = "已通过年报系统补报上一年度工作报告并经业务主管单位初审，附年报回执。", SubmittedOn = proofOn, SubmittedBy = "南山区足球协会",
            DueBy = calendar.AddWorkingDays(proofOn, 5), RuleNote = "移出时限5个工作日", Status = RemovalStatus.Removed,
            VerifiedBy = "南山区民政局", VerifiedOn = proofOn.AddDays(3), DecidedBy = "南山区民政局", DecidedOn = proofOn.AddDays(3), VerifyNote = "年报已核实",
        };
        db.CreditRemovals.Add(done);
        await listing.RemoveAsync(Org(33), removed, $"整改完成，经核实移出（{done.Number}：已补报年度工作报告）", ct);
        removed.RemovedOn = proofOn.AddDays(3);
        removed.RemovedBy = "南山区民政局";

        // 福田区沙头社区服务中心: proof submitted 12 days ago, still waiting for futian.npo (overdue)
        var asked = today.AddDays(-12);
        db.CreditRemovals.Add(new CreditRemovalRequest
        {
            Number = await numbers.NextAsync("CR", today.Year, ct), EntryId = pending.Id, EntryNumber = pending.Number, List = pending.List,
            OrganizationId = pending.OrganizationId, CreditCode = pending.CreditCode, DivisionCode = pending.DivisionCode, Fixed = "已完成理事会换届",
            Proof = "已召开会员大会完成理事会换届选举，附会议纪要、选举结果及区民政局备案回执。", SubmittedOn = asked, SubmittedBy = "福田区沙头社区服务中心",
            DueBy = calendar.AddWorkingDays(asked, 5), RuleNote = "移出时限5个工作日",
        });
        await db.SaveChangesAsync(ct);

        // 罗湖区东门商圈商会: two letters 35 days apart, both back unsigned → listed by the check (entered 10 days later: late)
        var letters = sp.GetRequiredService<CreditLetters>();
        var code34 = SocialOrgsSeeder.CodeOf(34);
        await letters.AddAsync(new CreditLetterRequest { CreditCode = code34, TrackingNumber = "XA51826430744", SentOn = today.AddDays(-80), ReturnedUnsignedOn = today.AddDays(-72), Note = "退回批注：原址查无此单位" }, ct);
        var second = await letters.AddAsync(new CreditLetterRequest { CreditCode = code34, TrackingNumber = "XA51826431980", SentOn = today.AddDays(-45), ReturnedUnsignedOn = today.AddDays(-36), Note = "退回批注：迁移新址不明" }, ct);
        var unreachable = await db.CreditEntries.IgnoreQueryFilters().FirstAsync(e => e.Number == second.EntryNumber, ct);
        unreachable.ListedOn = unreachable.PeriodStart = today.AddDays(-26);
        backdated.Add(unreachable);
        // one letter still out for a Futian organization
        await letters.AddAsync(new CreditLetterRequest { CreditCode = SocialOrgsSeeder.CodeOf(25), TrackingNumber = "XA51826439012", SentOn = today.AddDays(-6) }, ct);

        // the history lines carry the real dates of the back-dated demo facts
        var refs = backdated.Select(e => e.Number).ToList();
        foreach (var ev in await db.OrganizationEvents.IgnoreQueryFilters().Where(v => v.Reference != null && refs.Contains(v.Reference)).ToListAsync(ct))
        {
            var e = backdated.First(x => x.Number == ev.Reference);
            ev.OccurredOn = ev.Kind == OrgEventKind.CreditRemoved && e.RemovedOn is { } r ? r : e.ListedOn;
        }
        await db.SaveChangesAsync(ct);

        // the sweep as the registrar would run it: 客家文化研究会 has been on the abnormal list for over two years
        await sp.GetRequiredService<CreditEntries>().SweepAsync(ct);
    }
}
