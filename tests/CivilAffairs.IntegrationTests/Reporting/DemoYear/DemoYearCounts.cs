using CivilAffairs.Charity.Data;
using CivilAffairs.ChildWelfare.Data;
using CivilAffairs.Community.Data;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Funeral.Data;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Rescue.Data;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialWork.Data;
using CivilAffairs.SocialWork.Features.Shared;
using CivilAffairs.SocialWork.Features.Volunteers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using FuneralClaimStatus = CivilAffairs.Funeral.Domain.ClaimStatus;

namespace CivilAffairs.IntegrationTests.Reporting.DemoYear;

/// <summary>The demo year's figures counted from the module tables (what the reporting views read), all jurisdictions.</summary>
internal sealed record DemoYearFigures(
    int FuneralCases, int FreeFunerals, decimal FreeAmount, int ClaimedCases, decimal ClaimedAmount,
    int MicroProjects, decimal MicroBudget, int CommunitiesOverEnvelope, int CommunitiesWithProjects,
    decimal LotterySales, decimal LotterySalesBefore, decimal LotteryFund, decimal LotteryFundBefore,
    int MealProviders, int NewBeds, int SaturdaySessions, int SpecialSessions,
    int MentalHealthWorkers, int DrugRehabWorkers, int RiverChiefs, int Reunions, int EnforcementCases, int Surgeries,
    int Rows)
{
    public static async Task<DemoYearFigures> ReadAsync(AppFixture app, int year)
    {
        var start = new DateOnly(year, 1, 1);
        var end = start.AddYears(1);
        var before = start.AddYears(-1);
        await using var scope = app.Scope();
        var sp = scope.ServiceProvider;

        var funeral = sp.GetRequiredService<FuneralDb>();
        var cases = funeral.Cases.IgnoreQueryFilters().Where(c => c.CrematedOn >= start && c.CrematedOn < end);
        var free = cases.Where(c => c.WaiverEligible && c.WaiverAmount > 0);
        var claims = funeral.Claims.IgnoreQueryFilters().Where(c => c.Month >= start && c.Month < end && c.Status == FuneralClaimStatus.Approved);

        var community = sp.GetRequiredService<CommunityDb>();
        var micro = community.MicroProjects.IgnoreQueryFilters().Where(p => p.ApprovedOn >= start && p.ApprovedOn < end);
        var perCommunity = await micro.GroupBy(p => p.DivisionCode).Select(g => g.Sum(p => p.Budget)).ToListAsync();

        var charity = sp.GetRequiredService<CharityDb>();
        var months = await charity.LotteryMonths.IgnoreQueryFilters().Where(m => m.Month >= before && m.Month < end)
            .Select(m => new { m.Month, m.Sales, m.FundRaised }).ToListAsync();

        var elder = sp.GetRequiredService<ElderCareDb>();
        var sessions = sp.GetRequiredService<MarriageDb>().Sessions.IgnoreQueryFilters().Where(s => s.Date >= start && s.Date < end && !s.IsClosed);

        var social = sp.GetRequiredService<SocialWorkDb>();
        var inPost = social.Workers.IgnoreQueryFilters().Where(w => w.HiredOn < end && (w.LeftOn == null || w.LeftOn >= end));

        return new DemoYearFigures(
            await cases.CountAsync(), await free.CountAsync(), await free.SumAsync(c => c.WaiverAmount),
            await claims.SumAsync(c => (int?)c.Cases) ?? 0, await claims.SumAsync(c => (decimal?)c.Amount) ?? 0m,
            await micro.CountAsync(), perCommunity.Sum(), perCommunity.Count(b => b > 2_000_000m), perCommunity.Count,
            months.Where(m => m.Month >= start).Sum(m => m.Sales), months.Where(m => m.Month < start).Sum(m => m.Sales),
            months.Where(m => m.Month >= start).Sum(m => m.FundRaised), months.Where(m => m.Month < start).Sum(m => m.FundRaised),
            await elder.Institutions.IgnoreQueryFilters().CountAsync(i => i.Kind == InstitutionKind.MealProvider && i.OpenedOn < end && i.Status == InstitutionStatus.Operating),
            await elder.BedChanges.IgnoreQueryFilters().Where(b => b.Delta > 0 && b.ChangedOn >= start && b.ChangedOn < end).SumAsync(b => (int?)b.Delta) ?? 0,
            await sessions.CountAsync(s => s.Kind == SessionKind.Saturday), await sessions.CountAsync(s => s.Kind == SessionKind.Special || s.Kind == SessionKind.Holiday),
            await inPost.CountAsync(w => w.Field == SwField.MentalHealth), await inPost.CountAsync(w => w.Field == SwField.DrugRehab),
            await social.Volunteers.IgnoreQueryFilters().CountAsync(v => v.Role == VolunteerRole.RiverChief && v.RegisteredOn < end),
            await sp.GetRequiredService<RescueDb>().Reunions.IgnoreQueryFilters().CountAsync(r => r.ReunitedOn >= start && r.ReunitedOn < end),
            await sp.GetRequiredService<SocialOrgsDb>().Cases.IgnoreQueryFilters().CountAsync(c => c.ClosedOn >= start && c.ClosedOn < end),
            await sp.GetRequiredService<ChildWelfareDb>().TomorrowCases.IgnoreQueryFilters().CountAsync(t => t.AppliedOn >= start && t.AppliedOn < end),
            await funeral.Cases.IgnoreQueryFilters().CountAsync() + await funeral.Services.IgnoreQueryFilters().CountAsync()
                + await community.MicroProjects.IgnoreQueryFilters().CountAsync() + await community.MicroProjectEvents.IgnoreQueryFilters().CountAsync()
                + await charity.LotterySales.IgnoreQueryFilters().CountAsync() + await elder.Institutions.IgnoreQueryFilters().CountAsync()
                + await elder.BedChanges.IgnoreQueryFilters().CountAsync() + await sp.GetRequiredService<MarriageDb>().Sessions.IgnoreQueryFilters().CountAsync());
    }

    public static void Near(decimal expected, decimal actual, decimal tolerance = 0.10m) =>
        Assert.InRange(actual, expected * (1 - tolerance), expected * (1 + tolerance));
}
