namespace CivilAffairs.Platform.Identity;

/// <summary>Permission names. Stored as role claims so that roles can be extended without code.</summary>
public static class Permissions
{
    public const string ClaimType = "perm";
    public const string RegistryRead = "registry.read";
    public const string RegistryWrite = "registry.write";
    public const string RegistryReveal = "registry.reveal";
    public const string AuditRead = "audit.read";
    public const string UsersManage = "users.manage";
    public const string ParametersRead = "parameters.read";
    public const string ParametersManage = "parameters.manage";
    public const string AssistanceCalculate = "assistance.calculate";
    public const string AssistanceRead = "assistance.read";
    public const string AssistanceApply = "assistance.apply";
    public const string AssistanceAccept = "assistance.accept";
    public const string AssistanceReview = "assistance.review";
    public const string AssistanceApprove = "assistance.approve";
    public const string AssistanceEnrolment = "assistance.enrolment";
    public const string AssistanceCrossCheck = "assistance.crosscheck";
    public const string AssistancePayPrepare = "assistance.pay.prepare";
    public const string AssistancePayRelease = "assistance.pay.release";

    public const string MarriageRead = "marriage.read";

    /// <summary>Book a marriage-registration appointment (citizens for themselves, clerks at the window).</summary>
    public const string MarriageBook = "marriage.book";

    /// <summary>Work the registration window: window booking, check-in, registration, divorce applications.</summary>
    public const string MarriageDesk = "marriage.desk";

    /// <summary>Offices, session templates, special days and closures.</summary>
    public const string MarriageManage = "marriage.manage";

    /// <summary>Publish cross-module events such as PersonDied (system integrations; held by 系统管理员).</summary>
    public const string EventsPublish = "events.publish";

    /// <summary>Powers over the system itself, which may only be granted by someone who holds them.</summary>
    public static readonly IReadOnlySet<string> Administrative = new HashSet<string>(StringComparer.Ordinal) { AuditRead, UsersManage, ParametersManage, EventsPublish };

    public static readonly IReadOnlyList<string> All =
        [RegistryRead, RegistryWrite, RegistryReveal, AuditRead, UsersManage, ParametersRead, ParametersManage, AssistanceCalculate,
        AssistanceRead, AssistanceApply, AssistanceAccept, AssistanceReview, AssistanceApprove, AssistanceEnrolment, AssistanceCrossCheck,
        AssistancePayPrepare, AssistancePayRelease, EventsPublish, MarriageRead, MarriageBook, MarriageDesk, MarriageManage];
}

/// <summary>A built-in role: its code, Chinese name and default permissions.</summary>
public sealed record RoleDefinition(string Code, string DisplayName, IReadOnlyList<string> Permissions);

public static class Roles
{
    public const string CommunityWorker = "CommunityWorker";
    public const string StreetClerk = "StreetClerk";
    public const string StreetReviewer = "StreetReviewer";
    public const string DistrictApprover = "DistrictApprover";
    public const string CityAdmin = "CityAdmin";
    public const string Auditor = "Auditor";
    public const string DistrictFinance = "DistrictFinance";
    public const string InstitutionStaff = "InstitutionStaff";
    public const string SystemAdmin = "SystemAdmin";
    public const string MarriageRegistrar = "MarriageRegistrar";

    /// <summary>A resident using the portal: books and sees their own appointments, nothing else.</summary>
    public const string Citizen = "Citizen";

    private static readonly string[] CaseWork =
        [Permissions.RegistryRead, Permissions.RegistryWrite, Permissions.RegistryReveal, Permissions.ParametersRead, Permissions.AssistanceCalculate];

    public static readonly IReadOnlyList<RoleDefinition> BuiltIn =
    [
        new(CommunityWorker, "社区工作人员", [.. CaseWork, Permissions.AssistanceRead, Permissions.AssistanceApply]),
        new(StreetClerk, "街道经办人", [.. CaseWork, Permissions.AssistanceRead, Permissions.AssistanceApply, Permissions.AssistanceAccept, Permissions.AssistanceEnrolment]),
        new(StreetReviewer, "街道审核人", [.. CaseWork, Permissions.AssistanceRead, Permissions.AssistanceApply, Permissions.AssistanceAccept, Permissions.AssistanceReview,
            Permissions.AssistanceEnrolment, Permissions.AssistanceCrossCheck]),
        new(DistrictApprover, "区审批人", [.. CaseWork, Permissions.AssistanceRead, Permissions.AssistanceApprove, Permissions.AssistanceEnrolment,
            Permissions.AssistanceCrossCheck, Permissions.AssistancePayPrepare, Permissions.MarriageRead, Permissions.MarriageManage]),
        // the checker of maker–checker: releases a payment run someone else prepared
        new(DistrictFinance, "区资金复核人", [Permissions.RegistryRead, Permissions.ParametersRead, Permissions.AssistanceRead, Permissions.AssistancePayRelease]),
        new(CityAdmin, "市级管理员", [.. CaseWork, Permissions.UsersManage, Permissions.ParametersManage, Permissions.AssistanceRead, Permissions.AssistanceCrossCheck,
            Permissions.AssistancePayPrepare, Permissions.MarriageRead, Permissions.MarriageManage]),
        new(Auditor, "审计员", [Permissions.RegistryRead, Permissions.AuditRead, Permissions.ParametersRead, Permissions.AssistanceRead, Permissions.MarriageRead]),
        new(InstitutionStaff, "机构人员", [Permissions.ParametersRead]),
        new(SystemAdmin, "系统管理员", [.. CaseWork, Permissions.UsersManage, Permissions.ParametersManage, Permissions.AuditRead, Permissions.AssistanceRead,
            Permissions.EventsPublish, Permissions.MarriageRead, Permissions.MarriageManage]),
        new(MarriageRegistrar, "婚姻登记员", [Permissions.ParametersRead, Permissions.MarriageRead, Permissions.MarriageBook, Permissions.MarriageDesk]),
        new(Citizen, "市民", [Permissions.MarriageBook]),
    ];

    public static string DisplayNameOf(string code) =>
        BuiltIn.FirstOrDefault(r => r.Code == code)?.DisplayName ?? code;
}
