using System.Globalization;
using System.Security.Claims;
using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Platform.Seeding;

/// <summary>A demo account as documented in README (password Demo#2018).</summary>
/// <param name="IdNumber">For a citizen account: their own ID number (kept as a user claim).</param>
/// <param name="Organization">For institution staff: their institution's code in its module (it sees only that institution).</param>
public sealed record DemoAccount(string UserName, string DisplayName, string Role, string Jurisdiction, string? IdNumber = null, string? Organization = null);

/// <summary>Roles and their permissions, the official calendar, default parameters, demo accounts.</summary>
internal sealed class PlatformSeeder(PlatformDb db, RoleManager<StaffRole> roles, UserManager<StaffUser> users,
    WorkingDayCalendar calendar, SecurityOptions security, TimeProvider clock) : ISeeder
{
    public const string DemoPassword = "Demo#2018";

    /// <summary>The demo citizen's (fictitious, check-digit valid) ID number.</summary>
    /// <remarks>Declared before <see cref="DemoAccounts"/>: static fields initialise in textual order, and the list below
    /// would otherwise capture null (the citizen account then had no id_number claim).</remarks>
    public static readonly string DemoCitizenIdNumber = Values.IdNumber.Create("440304", new DateOnly(1993, 5, 20), 271);

    public static readonly IReadOnlyList<DemoAccount> DemoAccounts =
    [
        new("admin", "系统管理员", Roles.SystemAdmin, "4403"),
        new("city.officer", "市民政局 李科长", Roles.CityAdmin, "4403"),
        new("futian.district", "福田区民政局 王审批", Roles.DistrictApprover, "440304"),
        new("futian.finance", "福田区民政局 孙复核", Roles.DistrictFinance, "440304"),
        new("futian.street", "福田街道 陈审核", Roles.StreetReviewer, "440304004"),
        new("futian.clerk", "福田街道 张经办", Roles.StreetClerk, "440304004"),
        new("nanshan.street", "南头街道 刘审核", Roles.StreetReviewer, "440305001"),
        new("auditor", "市局审计 赵审计", Roles.Auditor, "4403"),
        new("futian.marriage", "福田区婚姻登记处 周登记", Roles.MarriageRegistrar, "440304"),
        // 深圳市殡仪馆 (罗湖): a service provider; its staff see the records of homes in their jurisdiction only
        new("funeral.home", "深圳市殡仪馆 吴业务", Roles.FuneralHomeStaff, "440303"),
        // 深圳市社会福利中心 (儿童福利院, 龙华观澜): institution staff keep the records of the children in its care
        new("welfare.center", "市社会福利中心 黄社工", Roles.InstitutionStaff, "440309"),
        // 深圳市救助管理站: a city-level institution; its people in care were found anywhere in the city
        new("rescue.station", "市救助管理站 林社工", Roles.RescueStationStaff, "4403"),
        new("rescue.lead", "市救助管理站 郑站长", Roles.RescueStationLead, "4403"),
        // elderly-care providers (养老服务机构): each sees only its own institution (codes seeded by the ElderCare module)
        new("care.home", "福田区福康颐养院 何院长", Roles.InstitutionStaff, "440304", Organization: "YL440304001"),
        new("care.home2", "南山区南头长者护理院 许主任", Roles.InstitutionStaff, "440305", Organization: "YL440305001"),
        new("meal.canteen", "福田街道长者饭堂 邓店长", Roles.InstitutionStaff, "440304004", Organization: "ZC440304004"),
        new("homecare.agency", "福田区乐龄居家养老服务中心 苏主管", Roles.InstitutionStaff, "440304", Organization: "JJ440304001"),
        // registration staff of the social-organization offices (社会组织管理科): city and 福田
        new("city.npo", "市民政局社会组织管理局 何登记", Roles.SocialOrgRegistrar, "4403"),
        new("futian.npo", "福田区民政局社会组织科 冯登记", Roles.SocialOrgRegistrar, "440304"),
        // social organizations' own accounts: each sees only itself (credit codes seeded by the SocialOrgs module)
        new("org.assoc", "深圳市长者关爱协会 秘书长", Roles.SocialOrgStaff, "440304", Organization: "51440300MJL000016M"),
        new("org.foundation", "深圳市安康慈善基金会 秘书长", Roles.SocialOrgStaff, "440304", Organization: "53440300MJL000024A"),
        new("org.npo", "福田区阳光社工服务中心 主任", Roles.SocialOrgStaff, "440304", Organization: "52440304MJL0000322"),
        new("city.grassroots", "市民政局基层政权建设科 邓科员", Roles.GrassrootsOfficer, "4403"),
        new("city.office", "市民政局办公室 罗主任", Roles.BureauOffice, "4403"),
        // a community office (社区): micro-project proposals and community records start here
        new("futian.community", "福华社区工作站 黄社工", Roles.CommunityWorker, "440304004022"),
        // a resident of 福田 born 1993-05-20; no jurisdiction: a citizen sees only their own bookings
        new("citizen.demo", "市民 陈志远", Roles.Citizen, "", DemoCitizenIdNumber),
    ];

    public int Order => 0;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        foreach (var def in Roles.BuiltIn)
        {
            var role = await roles.FindByNameAsync(def.Code);
            if (role is null)
            {
                role = new StaffRole { Name = def.Code, DisplayName = def.DisplayName };
                Check(await roles.CreateAsync(role));
            }
            var have = (await roles.GetClaimsAsync(role)).Where(c => c.Type == Permissions.ClaimType).Select(c => c.Value).ToHashSet();
            foreach (var p in def.Permissions.Where(p => !have.Contains(p)))
            {
                Check(await roles.AddClaimAsync(role, new Claim(Permissions.ClaimType, p)));
            }
        }
        if (!await db.CalendarDays.AnyAsync(ct))
        {
            db.Scope.BulkLoad = true;
            db.CalendarDays.AddRange(ReadCalendar());
            await db.SaveChangesAsync(ct);
            db.Scope.BulkLoad = false;
            calendar.Invalidate();
        }
        if (!await db.Parameters.AnyAsync(p => p.Key == PlatformParameters.AuditRetentionDays, ct))
        {
            db.Parameters.Add(new Parameter
            {
                Key = PlatformParameters.AuditRetentionDays,
                DivisionCode = "4403",
                Value = "184",
                ValidFrom = new DateOnly(2017, 6, 1),
                LegalBasis = "《中华人民共和国网络安全法》第二十一条：网络日志留存不少于六个月",
                CreatedBy = "system",
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(ct);
        }
    }

    public async Task SeedDemoDataAsync(CancellationToken ct)
    {
        // every demo account has the same published password: hashing it once (100,000 PBKDF2 rounds) instead
        // of once per account takes seconds off every demo start-up
        string? demoHash = null;
        foreach (var a in DemoAccounts)
        {
            if (await users.FindByNameAsync(a.UserName) is { } existing)
            {
                // demo databases seeded while the claim was lost to the field order above get it now
                if (a.IdNumber is not null && !(await users.GetClaimsAsync(existing)).Any(c => c.Type == StaffClaims.IdNumber))
                {
                    Check(await users.AddClaimAsync(existing, new Claim(StaffClaims.IdNumber, a.IdNumber)));
                }
                if (a.Organization is not null && existing.Organization is null)
                {
                    existing.Organization = a.Organization;
                    Check(await users.UpdateAsync(existing));
                }
                continue;
            }
            var user = new StaffUser
            {
                UserName = a.UserName,
                DisplayName = a.DisplayName,
                Jurisdiction = a.Jurisdiction,
                Organization = a.Organization,
                EmailConfirmed = true,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                // demo accounts are for trying the product; outside demo mode they must change it
                MustChangePassword = security.ForcePasswordChange,
            };
            demoHash ??= users.PasswordHasher.HashPassword(user, DemoPassword);
            user.PasswordHash = demoHash;
            Check(await users.CreateAsync(user));
            Check(await users.AddToRoleAsync(user, a.Role));
            if (a.IdNumber is not null)
            {
                Check(await users.AddClaimAsync(user, new Claim(StaffClaims.IdNumber, a.IdNumber)));
            }
        }
    }

    internal static IEnumerable<CalendarDay> ReadCalendar()
    {
        using var stream = typeof(PlatformSeeder).Assembly.GetManifestResourceStream("cn-official-days.csv")
            ?? throw new InvalidOperationException("cn-official-days.csv is not embedded");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var list = new List<CalendarDay>();
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split(',');
            if (f.Length < 3)
            {
                continue;
            }
            list.Add(new CalendarDay
            {
                Date = DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Kind = f[1] == "workday" ? CalendarDayKind.Workday : CalendarDayKind.Holiday,
                Name = f[2],
                Source = "国务院办公厅节假日安排通知（chinese-days 1.5.7）",
            });
        }
        return list;
    }

    private static void Check(IdentityResult r)
    {
        if (!r.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", r.Errors.Select(e => e.Description)));
        }
    }
}
