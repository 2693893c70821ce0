using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.ChildWelfare.Features.Children;

/// <summary>儿童在册登记: register, approve the category, start the allowance, leave care; the allowance-approval notice (PDF).</summary>
internal static class ChildrenFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<ChildDetails>();
        services.AddScoped<ChildRegistry>();
        services.AddScoped<AllowanceNotices>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/childwelfare").WithTags("ChildWelfare 儿童福利");
        g.MapGet("/institutions", (ChildRegistry r, CancellationToken ct) => r.InstitutionsAsync(ct))
            .RequireAuthorization(Permissions.ChildWelfareRead).WithSummary("Welfare institutions raising children (bank accounts masked)");
        g.MapPut("/institutions/{id:guid}", (Guid id, InstitutionRequest req, ChildRegistry r, CancellationToken ct) => r.UpdateInstitutionAsync(id, req, ct))
            .RequireAuthorization(Permissions.ChildWelfareApprove)
            .WithSummary("Set an institution's bank account (institutional allowances are paid to it) and confirm its address");
        g.MapPut("/children/{id:guid}/guardians", (Guid id, List<GuardianInput> req, ChildRegistry r, CancellationToken ct) => r.UpdateGuardiansAsync(id, req, ct))
            .RequireAuthorization(Permissions.ChildWelfareWrite)
            .WithSummary("Replace the guardians (payee, bank account); the next run computed pays the new account");
        g.MapGet("/children", ([AsParameters] ChildQuery q, ChildRegistry r, CancellationToken ct) => r.ListAsync(q, ct))
            .RequireAuthorization(Permissions.ChildWelfareRead)
            .WithSummary("Children in my jurisdiction; filters q (name or full ID number), category, status, division; 30 a page; masked ID numbers");
        g.MapPost("/children", async (RegisterChildRequest req, ChildRegistry r, CancellationToken ct) =>
            {
                var d = await r.RegisterAsync(req, ct);
                return TypedResults.Created($"/api/v1/childwelfare/children/{d.Id}", d);
            })
            .RequireAuthorization(Permissions.ChildWelfareWrite)
            .WithSummary("Register a child (ID validated, category, institution or street of residence, guardians with the payee's bank account)");
        g.MapGet("/children/{id:guid}", (Guid id, ChildRegistry r, CancellationToken ct) => r.DetailAsync(id, ct))
            .RequireAuthorization(Permissions.ChildWelfareRead).WithSummary("One child with guardians (masked) and the allowance in force this month; 404 outside my jurisdiction");
        g.MapPost("/children/{id:guid}/approve", (Guid id, ChildRegistry r, CancellationToken ct) => r.ApproveAsync(id, ct))
            .RequireAuthorization(Permissions.ChildWelfareApprove).WithSummary("Approve the category (not by the person who registered the child; 409 otherwise)");
        g.MapPost("/children/{id:guid}/activate", (Guid id, ActivateRequest req, ChildRegistry r, CancellationToken ct) => r.ActivateAsync(id, req, ct))
            .RequireAuthorization(Permissions.ChildWelfareApprove).WithSummary("Bring an approved child into care: the allowance is paid from allowanceFrom (yyyy-MM; default the month of approval)");
        g.MapPost("/children/{id:guid}/leave", (Guid id, LeaveRequest req, ChildRegistry r, CancellationToken ct) => r.LeaveAsync(id, req, ct))
            .RequireAuthorization(Permissions.ChildWelfareWrite).WithSummary("Leave care (turned 18, adopted, returned to family, died, other) on a date; the allowance stops from the next month");
        g.MapGet("/children/{id:guid}/notice.pdf", async (Guid id, AllowanceNotices n, CancellationToken ct) =>
            {
                var (name, bytes) = await n.RenderAsync(id, ct);
                return TypedResults.File(bytes, "application/pdf", name);
            })
            .RequireAuthorization(Permissions.ChildWelfareRead).WithSummary("儿童福利待遇核定通知书 (PDF) of an approved child");
    }
}
