using CivilAffairs.ArchitectureTests.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CivilAffairs.ArchitectureTests.Data;

/// <summary>"Jurisdiction is enforced in the data layer": a row with a division code is behind a global query filter.</summary>
public class JurisdictionFilterTests
{
    /// <summary>
    /// Rows that carry a division code but are not scoped, and why:
    /// <list type="bullet">
    /// <item>Division — the reference table of divisions itself (keyed by Code, which every user reads to pick and display divisions).</item>
    /// <item>ManagementAreaMember — part of the same division reference data (大鹏新区, 深汕特别合作区, 前海 over statutory
    /// codes); 深汕's towns are coded under 汕尾 441521, so a subtree filter would hide them from Shenzhen's own staff.</item>
    /// <item>Parameter — effective-dated policy values set for a division and inherited by its subtree: a street user must
    /// read the city's 4403 values, which lie above their jurisdiction.</item>
    /// </list>
    /// </summary>
    private static readonly HashSet<string> Exempt = new(StringComparer.Ordinal)
    {
        "CivilAffairs.Registry.Domain.Division",
        "CivilAffairs.Registry.Domain.ManagementAreaMember",
        "CivilAffairs.Platform.Parameters.Parameter",
        // a summary template is narrative with placeholders: a district reads the nearest template above it (the city's); writing is checked in SummaryTemplates
        "CivilAffairs.Reporting.Features.Summary.SummaryTemplate",
        // a generated summary's figures are reached only through their document, which is filtered by division
        "CivilAffairs.Reporting.Features.Summary.SummaryFigure",
        // marriage offices, the districts they serve and their sessions are public: the portal shows them to anyone
        "CivilAffairs.Marriage.Domain.MarriageOffice",
        "CivilAffairs.Marriage.Domain.OfficeServedDistrict",
        "CivilAffairs.Marriage.Domain.Session",
        // a counter of certificate numbers per district and year: no personal data
        "CivilAffairs.Marriage.Domain.CertificateSequence",
        // the elderly-care college's course catalogue is open to every institution and district that sends trainees
        "CivilAffairs.ElderCare.Domain.TrainingCourse",
        // welfare-fund grants are made from the city's one budget and published in the 公益金使用公告: every bureau level
        // reads them; a grantee organization's own account is still narrowed to its grants by credit code
        "CivilAffairs.Charity.Domain.LotteryGrant",
    };

    private static bool HasDivisionCode(IEntityType e) =>
        e.FindProperty("DivisionCode") is not null || e.ClrType.GetProperty("DivisionCode") is not null;

    [Theory]
    [MemberData(nameof(DesignTimeContext.Names), MemberType = typeof(DesignTimeContext))]
    public void Every_entity_with_a_division_code_is_behind_a_query_filter_on_it(string contextName)
    {
        using var db = DesignTimeContext.Named(contextName).Create();

        var violations = new List<string>();
        foreach (var e in db.Model.GetEntityTypes().Where(e => !e.IsOwned() && HasDivisionCode(e)))
        {
            if (Exempt.Contains(e.ClrType.FullName!))
            {
                continue;
            }
            var filters = e.GetRootType().GetDeclaredQueryFilters();
            if (filters.Count == 0)
            {
                violations.Add($"{e.ClrType.FullName}: no query filter");
            }
            else if (!filters.Any(f => f.Expression?.ToString().Contains(".DivisionCode", StringComparison.Ordinal) == true))
            {
                violations.Add($"{e.ClrType.FullName}: its filter does not look at DivisionCode ({string.Join("; ", filters.Select(f => f.Expression))})");
            }
        }

        Assert.True(violations.Count == 0,
            $"{contextName}: rows with a DivisionCode must be limited to the user's subtree by a global query filter "
            + "(or be listed, with the reason, in JurisdictionFilterTests.Exempt):\n" + string.Join("\n", violations));
    }

    [Theory]
    [InlineData("RegistryDbSqlite")]
    [InlineData("RegistryDbPostgres")]
    public void Persons_and_households_are_filtered_by_the_users_jurisdiction(string contextName)
    {
        using var db = DesignTimeContext.Named(contextName).Create();

        foreach (var name in new[] { "CivilAffairs.Registry.Domain.Person", "CivilAffairs.Registry.Domain.Household" })
        {
            var entity = db.Model.GetEntityTypes().Single(e => e.ClrType.FullName == name);
            var filter = Assert.Single(entity.GetDeclaredQueryFilters());
            Assert.Contains(".DivisionCode.StartsWith(", filter.Expression!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_exemptions_name_entities_that_exist()
    {
        // a renamed entity must not silently drop out of the exemption list (or escape the check)
        var mapped = DesignTimeContext.All.SelectMany(c =>
        {
            using var db = c.Create();
            return db.Model.GetEntityTypes().Select(e => e.ClrType.FullName!).ToList();
        }).ToHashSet(StringComparer.Ordinal);

        Assert.All(Exempt, name => Assert.Contains(name, mapped));
    }
}
