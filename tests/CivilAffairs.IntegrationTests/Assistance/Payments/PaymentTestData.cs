using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.IntegrationTests.Infrastructure;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using CivilAffairs.Platform.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.Assistance.Payments;

/// <summary>Enrolled households written straight into the database (enrolment management is another area's pages).</summary>
internal static class PaymentTestData
{
    private static int _community = 900;

    /// <summary>A community code of 福田街道 no other test uses, so each test's runs see only its own households.</summary>
    public static string NewCommunity() => "440304004" + Interlocked.Increment(ref _community).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="count"/> 低保 households enrolled from 2020-01: sizes 1–3, incomes vary; household 3
    /// has no bank account (an exception), household 4's second member left in 2020-02.
    /// </summary>
    public static async Task<List<Guid>> EnrolAsync(AppFixture app, string community, int count)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AssistanceDb>();
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var head = Ids.New("440304", 1960 + i);
            var e = new Enrolment
            {
                Programme = Programme.Mlg, HeadIdNumber = head, HeadName = "户主" + i, DivisionCode = community, Status = EnrolmentStatus.Active,
                EnrolFrom = new DateOnly(2020, 1, 1), BankName = "中国银行深圳分行", BankAccount = i == 3 ? null : "62170000" + (1000000 + i * 7919),
            };
            e.Members.Add(new EnrolmentMember
            {
                EnrolmentId = e.Id, IdNumber = head, Name = e.HeadName, Relation = "02", BirthDate = new DateOnly(1960 + i, 5, 1),
                MonthlyIncome = 200m * (i % 4), ShenzhenHukou = true,
            });
            if (i % 3 != 0)
            {
                e.Members.Add(new EnrolmentMember
                {
                    EnrolmentId = e.Id, Relation = "10", BirthDate = new DateOnly(1962, 3, 1), ShenzhenHukou = true,
                    IncomeItemsJson = i % 2 == 0 ? "[{\"kind\":\"wage\",\"amount\":300},{\"kind\":\"one_child_award\",\"amount\":100}]" : null,
                    MonthlyIncome = 400, LeftFrom = i == 4 ? new DateOnly(2020, 2, 1) : null,
                });
            }
            if (i % 3 == 2)
            {
                e.Members.Add(new EnrolmentMember { EnrolmentId = e.Id, Relation = "20", BirthDate = new DateOnly(2012, 9, 1), ShenzhenHukou = true, Student = true });
            }
            db.Enrolments.Add(e);
            ids.Add(e.Id);
        }
        await db.SaveChangesAsync();
        return ids;
    }

    /// <summary>
    /// Gives 区审批人 the checker's power too (in this test app only), so that one person holding
    /// both powers can be shown to be refused releasing their own run.
    /// </summary>
    public static Task<object> GrantReleaseToApproversAsync(AppFixture app) => app.OnceAsync("pay-both-powers", async () =>
    {
        await using var scope = app.Scope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<StaffRole>>();
        var role = await roles.FindByNameAsync(Roles.DistrictApprover) ?? throw new InvalidOperationException("no DistrictApprover role");
        await roles.AddClaimAsync(role, new Claim(Permissions.ClaimType, Permissions.AssistancePayRelease));
        app.ForgetTokens();
        return (object)true;
    });
}
