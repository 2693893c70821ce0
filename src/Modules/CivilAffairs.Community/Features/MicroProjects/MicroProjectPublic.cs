using CivilAffairs.Community.Data;
using CivilAffairs.Community.Domain;
using CivilAffairs.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Community.Features.MicroProjects;

public sealed record PublicMicroRow(string Number, int Year, string CommunityName, string TypeName, string ThemeName, string Title, decimal Budget,
    string StageName, MicroProjectStage Stage, DateOnly? LatestNoticeOn, string? LatestNotice);

public sealed record PublicMicroList(int Total, int Page, int PageSize, IReadOnlyList<PublicMicroRow> Items, IReadOnlyList<MicroOption> Districts,
    IReadOnlyList<MicroOption> Streets, IReadOnlyList<MicroOption> Communities, IReadOnlyList<int> Years);

public sealed record PublicMicroNotice(string StageName, string Title, string Text, DateOnly StartsOn, DateOnly EndsOn, bool Current);

/// <summary>A project as residents see it: no proposer's name, no staff accounts, only the organizations that do the work.</summary>
public sealed record PublicMicroProject(string Number, int Year, string PlaceName, string CommunityName, string TypeName, string ThemeName, string Title,
    string Description, string ProposerKindName, int Beneficiaries, decimal Budget, string RatioText, decimal CityAmount, decimal DistrictAmount,
    string StageName, MicroProjectStage Stage, int? VotesFor, int? VotesAgainst, int? VotesAbstain, string? SupplierName, decimal? ContractAmount,
    string? AcceptanceResultName, decimal? AcceptanceAmount, IReadOnlyList<PublicMicroNotice> Notices);

/// <summary>
/// 民生微实事公示 for anyone, without login: projects by district / street / community and each
/// project's notices. Reads past the jurisdiction filter on purpose; what it returns carries no personal data.
/// </summary>
internal sealed class MicroProjectPublic(CommunityDb db, MicroProjectSupport support, TimeProvider clock)
{
    public const int PageSize = 30;

    public async Task<PublicMicroList> ListAsync(string? district, string? street, string? community, int? year, int? page, CancellationToken ct)
    {
        var all = db.MicroProjects.IgnoreQueryFilters().AsNoTracking();
        var years = await all.Select(x => x.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        var y = year ?? (years.Count > 0 ? years[0] : (int?)null);
        var inYear = y is { } yy ? all.Where(x => x.Year == yy) : all;
        var codes = await inYear.Select(x => x.DivisionCode).Distinct().ToListAsync(ct);
        var place = MicroProjects.Place(new MicroProjectQuery { District = district, Street = street, Community = community });
        var q = place is null ? inYear : inYear.Where(x => x.DivisionCode.StartsWith(place));
        var total = await q.CountAsync(ct);
        var p = Math.Max(1, page ?? 1);
        var rows = await q.OrderByDescending(x => x.StageSince).ThenByDescending(x => x.Number).Skip((p - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var latest = (await db.MicroProjectNotices.IgnoreQueryFilters().AsNoTracking().Where(n => ids.Contains(n.ProjectId))
                .Select(n => new { n.ProjectId, n.StartsOn, n.Title, n.PublishedAtUtc }).ToListAsync(ct))
            .GroupBy(n => n.ProjectId).ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.PublishedAtUtc).First());
        var items = rows.Select(x => new PublicMicroRow(x.Number, x.Year, x.CommunityName, MicroProjectNames.Of(x.Type), MicroProjectNames.Of(x.Theme), x.Title,
            x.Budget, MicroProjectNames.Of(x.Stage), x.Stage, latest.GetValueOrDefault(x.Id)?.StartsOn, latest.GetValueOrDefault(x.Id)?.Title)).ToList();
        return new PublicMicroList(total, p, PageSize, items, await support.OptionsAsync(codes.Select(c => c[..6]), ct),
            await support.OptionsAsync(codes.Where(c => district is null || c.StartsWith(district, StringComparison.Ordinal)).Select(c => c[..9]), ct),
            await support.OptionsAsync(codes.Where(c => (street ?? district) is not { } pre || c.StartsWith(pre, StringComparison.Ordinal)), ct), years);
    }

    public async Task<PublicMicroProject> ProjectAsync(string number, CancellationToken ct)
    {
        var x = await db.MicroProjects.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(p => p.Number == number, ct)
            ?? throw new NotFoundException("项目不存在");
        var today = Platform.Values.ChinaTime.Today(clock);
        var notices = await db.MicroProjectNotices.IgnoreQueryFilters().AsNoTracking().Where(n => n.ProjectId == x.Id)
            .OrderBy(n => n.PublishedAtUtc).ToListAsync(ct);
        return new PublicMicroProject(x.Number, x.Year, await support.FullNameAsync(x.DivisionCode, ct), x.CommunityName, MicroProjectNames.Of(x.Type),
            MicroProjectNames.Of(x.Theme), x.Title, x.Description, MicroProjectNames.Of(x.ProposerKind), x.Beneficiaries, x.Budget,
            MicroProjectRules.RatioText(x.CityShare), x.CityAmount, x.DistrictAmount, MicroProjectNames.Of(x.Stage), x.Stage, x.VotesFor, x.VotesAgainst,
            x.VotesAbstain, x.SupplierName, x.ContractAmount, x.AcceptanceResult is { } a ? MicroProjectNames.Of(a) : null, x.AcceptanceAmount,
            notices.Select(n => new PublicMicroNotice(MicroProjectNames.Of(n.Stage), n.Title, n.Text, n.StartsOn, n.EndsOn, n.StartsOn <= today && today <= n.EndsOn))
                .ToList());
    }
}
