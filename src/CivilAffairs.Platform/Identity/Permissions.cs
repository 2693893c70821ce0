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

    public const string FuneralRead = "funeral.read";

    /// <summary>Funeral-home work: deaths, services delivered, cremation certificates, monthly waiver claims, eco-burial intake.</summary>
    public const string FuneralRecord = "funeral.record";

    /// <summary>The bureau's side: free-item catalogue, claim approval, eco-burial approval and payment lists, sea-burial events, cemeteries.</summary>
    public const string FuneralManage = "funeral.manage";

    public const string ChildWelfareRead = "childwelfare.read";

    /// <summary>Register children in care, guardians, placements of adult orphans, Tomorrow Plan cases.</summary>
    public const string ChildWelfareWrite = "childwelfare.write";

    /// <summary>Approve a child's category (and so the allowance), Tomorrow Plan funding, placement plans.</summary>
    public const string ChildWelfareApprove = "childwelfare.approve";

    /// <summary>Maker of a child-allowance run.</summary>
    public const string ChildWelfarePayPrepare = "childwelfare.pay.prepare";

    /// <summary>Checker of a child-allowance run (not the person who prepared it).</summary>
    public const string ChildWelfarePayRelease = "childwelfare.pay.release";

    /// <summary>See rescue-station cases, family-search notices, reports, matches and reunions.</summary>
    public const string RescueRead = "rescue.read";

    /// <summary>Rescue-station casework: intake, classification, stay, medical referral, tickets, hand-over; missing-person reports.</summary>
    public const string RescueWrite = "rescue.write";

    /// <summary>Station lead: stays beyond the norm, long-stay placement and hukou settlement, case closure.</summary>
    public const string RescueApprove = "rescue.approve";

    /// <summary>Publish and unpublish family-search notices; answer "I may know this person" messages.</summary>
    public const string RescuePublish = "rescue.publish";

    /// <summary>DNA profiles and face embeddings; review match candidates and confirm them.</summary>
    public const string RescueMatch = "rescue.match";

    /// <summary>See disaster events, shelters, affected households, goods, relief and the dashboard.</summary>
    public const string DisasterRead = "disaster.read";

    /// <summary>Community and street work: affected households, shelter occupants, goods issued, relief applications.</summary>
    public const string DisasterWrite = "disaster.write";

    /// <summary>Street review of reconstruction subsidies and relief lists.</summary>
    public const string DisasterReview = "disaster.review";

    /// <summary>District approval of reconstruction subsidies and relief lists.</summary>
    public const string DisasterApprove = "disaster.approve";

    /// <summary>Declare disaster events, activate the emergency response, open shelters, manage the goods inventory.</summary>
    public const string DisasterManage = "disaster.manage";

    /// <summary>See elders (60+ from the registry), institutions, beds, services, meal aid, adaptations, insurance and the reports.</summary>
    public const string ElderCareRead = "eldercare.read";

    /// <summary>Community and street work: assessments, living situation, subsidy and meal-aid applications, adaptation cases, insurance claims.</summary>
    public const string ElderCareWrite = "eldercare.write";

    /// <summary>Street and district decisions: subsidies, monthly settlements with providers, adaptation approval and acceptance.</summary>
    public const string ElderCareApprove = "eldercare.approve";

    /// <summary>The bureau's side: institutions and their licences, bed targets, training courses, the insurer's roster.</summary>
    public const string ElderCareManage = "eldercare.manage";

    /// <summary>A service provider's own work (机构人员 with an institution): occupancy, admissions, meals, service orders, billing — its own institution only.</summary>
    public const string ElderCareProvide = "eldercare.provide";

    /// <summary>See the social-organization register, annual reports, credit lists, enforcement and party building (bureau staff, auditors).</summary>
    public const string SocialOrgsRead = "socialorgs.read";

    /// <summary>Registration authority work: accept and review registrations, grade annual reports, keep credit lists, inspections and cases.</summary>
    public const string SocialOrgsWrite = "socialorgs.write";

    /// <summary>Decide: approve registrations, changes and deregistrations, penalty decisions, removal from the serious list.</summary>
    public const string SocialOrgsApprove = "socialorgs.approve";

    /// <summary>A social organization's own account (社会组织人员 with a credit code): its own record, annual reports, applications.</summary>
    public const string SocialOrgsSelf = "socialorgs.self";

    /// <summary>See charity campaigns, donations, pledges, lottery sales and the welfare fund.</summary>
    public const string CharityRead = "charity.read";

    /// <summary>Keep charity records: campaigns, pledges, project spending, lottery sales, fund budget and grant applications.</summary>
    public const string CharityWrite = "charity.write";

    /// <summary>Approve welfare-fund budgets and grants, grade grant performance, publish disclosures.</summary>
    public const string CharityManage = "charity.manage";

    /// <summary>A charitable organization's own account: records donations it receives and its project spending.</summary>
    public const string CharitySelf = "charity.self";

    /// <summary>See micro-projects, community honours and methods, patrols and committee-member removals.</summary>
    public const string CommunityRead = "community.read";

    /// <summary>Community and street work: micro-project proposals, votes, procurement, implementation; honours, methods, patrols, removals.</summary>
    public const string CommunityWrite = "community.write";

    /// <summary>Approve micro-projects and their acceptance (street), confirm removals of committee members.</summary>
    public const string CommunityApprove = "community.approve";

    /// <summary>Restricted: leads about gang-related influence in residents' committees (基层政权建设科 only).</summary>
    public const string CommunityIntegrity = "community.integrity";

    /// <summary>See social-work organizations, social workers, purchased service projects, volunteers and hours.</summary>
    public const string SocialWorkRead = "socialwork.read";

    /// <summary>Keep social-work records: workers, projects and evaluations, volunteer teams, service hours, assistance projects.</summary>
    public const string SocialWorkWrite = "socialwork.write";

    /// <summary>See the institution registry, the "9+3" projects and safety inspections.</summary>
    public const string FacilitiesRead = "facilities.read";

    /// <summary>Safety inspections and hidden-danger rectification; progress reports of projects.</summary>
    public const string FacilitiesWrite = "facilities.write";

    /// <summary>The registry of institutions and the capital projects themselves (stages, budgets, milestones).</summary>
    public const string FacilitiesManage = "facilities.manage";

    /// <summary>See policy documents, the expert pool, proposals, performance and training.</summary>
    public const string GovernanceRead = "governance.read";

    /// <summary>Answer proposals assigned to one's unit, submit self-assessments, record training attendance.</summary>
    public const string GovernanceWrite = "governance.write";

    /// <summary>The bureau office's side: publish documents, keep the expert pool, assign proposals, set and review assessments.</summary>
    public const string GovernanceManage = "governance.manage";

    /// <summary>统计分析: dashboards, metric drill-down, the annual summary and statistical tables of the own jurisdiction.</summary>
    public const string ReportingRead = "reporting.read";

    /// <summary>Write the annual summary's narrative and fill statistical tables.</summary>
    public const string ReportingWrite = "reporting.write";

    /// <summary>Refresh the monthly figures, define statistical tables, review and submit them (never one's own filling).</summary>
    public const string ReportingManage = "reporting.manage";

    /// <summary>Division change proposals, boundary lines and markers, joint inspections and disputes (区划地名).</summary>
    public const string DivisionsManage = "divisions.manage";

    /// <summary>Publish cross-module events such as PersonDied (system integrations; held by 系统管理员).</summary>
    public const string EventsPublish = "events.publish";

    /// <summary>Powers over the system itself, which may only be granted by someone who holds them.</summary>
    public static readonly IReadOnlySet<string> Administrative = new HashSet<string>(StringComparer.Ordinal) { AuditRead, UsersManage, ParametersManage, EventsPublish };

    public static readonly IReadOnlyList<string> All =
        [RegistryRead, RegistryWrite, RegistryReveal, AuditRead, UsersManage, ParametersRead, ParametersManage, AssistanceCalculate,
        AssistanceRead, AssistanceApply, AssistanceAccept, AssistanceReview, AssistanceApprove, AssistanceEnrolment, AssistanceCrossCheck,
        AssistancePayPrepare, AssistancePayRelease, EventsPublish, MarriageRead, MarriageBook, MarriageDesk, MarriageManage,
        FuneralRead, FuneralRecord, FuneralManage, ChildWelfareRead, ChildWelfareWrite, ChildWelfareApprove, ChildWelfarePayPrepare, ChildWelfarePayRelease,
        RescueRead, RescueWrite, RescueApprove, RescuePublish, RescueMatch, DisasterRead, DisasterWrite, DisasterReview, DisasterApprove, DisasterManage,
        ElderCareRead, ElderCareWrite, ElderCareApprove, ElderCareManage, ElderCareProvide, SocialOrgsRead, SocialOrgsWrite, SocialOrgsApprove,
        SocialOrgsSelf, CharityRead, CharityWrite, CharityManage, CharitySelf, CommunityRead, CommunityWrite, CommunityApprove, CommunityIntegrity,
        SocialWorkRead, SocialWorkWrite, FacilitiesRead, FacilitiesWrite, FacilitiesManage, GovernanceRead, GovernanceWrite, GovernanceManage, DivisionsManage,
        ReportingRead, ReportingWrite, ReportingManage];
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

    /// <summary>Service-provider staff of a funeral home (殡仪馆): records deaths and services, claims the free-service waivers.</summary>
    public const string FuneralHomeStaff = "FuneralHomeStaff";

    /// <summary>Staff of the city rescue station (救助管理站): casework, notices, DNA and face matching.</summary>
    public const string RescueStationStaff = "RescueStationStaff";

    /// <summary>The rescue station's lead (站长): what staff do, plus extensions, placement and closure.</summary>
    public const string RescueStationLead = "RescueStationLead";

    /// <summary>Staff of the registration authority's social-organization office (社会组织管理科): registers, grades, lists, inspects; decisions go to the approver.</summary>
    public const string SocialOrgRegistrar = "SocialOrgRegistrar";

    /// <summary>A social organization's own account (its credit code in StaffUser.Organization): sees and reports for itself only.</summary>
    public const string SocialOrgStaff = "SocialOrgStaff";

    /// <summary>基层政权建设科: the only role that sees leads about gang-related influence in residents' committees.</summary>
    public const string GrassrootsOfficer = "GrassrootsOfficer";

    /// <summary>The bureau office (办公室 / 政策法规处): documents, expert pool, proposals, performance and training.</summary>
    public const string BureauOffice = "BureauOffice";

    /// <summary>A resident using the portal: books and sees their own appointments, nothing else.</summary>
    public const string Citizen = "Citizen";

    private static readonly string[] CaseWork =
        [Permissions.RegistryRead, Permissions.RegistryWrite, Permissions.RegistryReveal, Permissions.ParametersRead, Permissions.AssistanceCalculate];

    public static readonly IReadOnlyList<RoleDefinition> BuiltIn =
    [
        new(CommunityWorker, "社区工作人员", [.. CaseWork, Permissions.AssistanceRead, Permissions.AssistanceApply, Permissions.ChildWelfareRead, Permissions.ChildWelfareWrite,
            Permissions.DisasterRead, Permissions.DisasterWrite, Permissions.ElderCareRead, Permissions.ElderCareWrite, Permissions.SocialOrgsRead, Permissions.CharityRead, Permissions.CommunityRead, Permissions.CommunityWrite,
            Permissions.SocialWorkRead, Permissions.SocialWorkWrite, Permissions.FacilitiesRead, Permissions.GovernanceRead, Permissions.ReportingRead, Permissions.ReportingWrite]),
        new(StreetClerk, "街道经办人", [.. CaseWork, Permissions.AssistanceRead, Permissions.AssistanceApply, Permissions.AssistanceAccept, Permissions.AssistanceEnrolment,
            Permissions.ChildWelfareRead, Permissions.ChildWelfareWrite, Permissions.DisasterRead, Permissions.DisasterWrite, Permissions.ElderCareRead,
            Permissions.ElderCareWrite, Permissions.SocialOrgsRead, Permissions.CharityRead, Permissions.CommunityRead, Permissions.CommunityWrite,
            Permissions.SocialWorkRead, Permissions.SocialWorkWrite, Permissions.FacilitiesRead, Permissions.FacilitiesWrite, Permissions.GovernanceRead, Permissions.ReportingRead, Permissions.ReportingWrite]),
        new(StreetReviewer, "街道审核人", [.. CaseWork, Permissions.AssistanceRead, Permissions.AssistanceApply, Permissions.AssistanceAccept, Permissions.AssistanceReview,
            Permissions.AssistanceEnrolment, Permissions.AssistanceCrossCheck, Permissions.ChildWelfareRead, Permissions.ChildWelfareWrite,
            Permissions.DisasterRead, Permissions.DisasterWrite, Permissions.DisasterReview, Permissions.ElderCareRead, Permissions.ElderCareWrite,
            Permissions.ElderCareApprove, Permissions.SocialOrgsRead, Permissions.CharityRead, Permissions.CommunityRead, Permissions.CommunityWrite,
            Permissions.CommunityApprove, Permissions.SocialWorkRead, Permissions.SocialWorkWrite, Permissions.FacilitiesRead, Permissions.FacilitiesWrite,
            Permissions.GovernanceRead, Permissions.ReportingRead, Permissions.ReportingWrite]),
        new(DistrictApprover, "区审批人", [.. CaseWork, Permissions.AssistanceRead, Permissions.AssistanceApprove, Permissions.AssistanceEnrolment,
            Permissions.AssistanceCrossCheck, Permissions.AssistancePayPrepare, Permissions.MarriageRead, Permissions.MarriageManage,
            Permissions.FuneralRead, Permissions.FuneralManage, Permissions.ChildWelfareRead, Permissions.ChildWelfareWrite, Permissions.ChildWelfareApprove,
            Permissions.ChildWelfarePayPrepare, Permissions.RescueRead, Permissions.DisasterRead, Permissions.DisasterApprove, Permissions.DisasterManage,
            Permissions.ElderCareRead, Permissions.ElderCareWrite, Permissions.ElderCareApprove, Permissions.ElderCareManage, Permissions.SocialOrgsRead,
            Permissions.SocialOrgsApprove, Permissions.CharityRead, Permissions.CharityWrite, Permissions.CharityManage, Permissions.CommunityRead,
            Permissions.CommunityWrite, Permissions.CommunityApprove, Permissions.SocialWorkRead, Permissions.SocialWorkWrite, Permissions.FacilitiesRead,
            Permissions.FacilitiesWrite, Permissions.FacilitiesManage, Permissions.GovernanceRead, Permissions.GovernanceWrite, Permissions.DivisionsManage, Permissions.ReportingRead, Permissions.ReportingWrite, Permissions.ReportingManage]),
        // the checker of maker–checker: releases a payment run someone else prepared
        new(DistrictFinance, "区资金复核人", [Permissions.RegistryRead, Permissions.ParametersRead, Permissions.AssistanceRead, Permissions.AssistancePayRelease,
            Permissions.FuneralRead, Permissions.ChildWelfareRead, Permissions.ChildWelfarePayRelease, Permissions.DisasterRead, Permissions.ElderCareRead,
            Permissions.CharityRead, Permissions.CommunityRead, Permissions.SocialWorkRead, Permissions.ReportingRead]),
        new(CityAdmin, "市级管理员", [.. CaseWork, Permissions.UsersManage, Permissions.ParametersManage, Permissions.AssistanceRead, Permissions.AssistanceCrossCheck,
            Permissions.AssistancePayPrepare, Permissions.MarriageRead, Permissions.MarriageManage, Permissions.FuneralRead, Permissions.FuneralManage,
            Permissions.ChildWelfareRead, Permissions.ChildWelfareApprove, Permissions.ChildWelfarePayPrepare, Permissions.RescueRead, Permissions.RescueApprove,
            Permissions.RescuePublish, Permissions.DisasterRead, Permissions.DisasterManage, Permissions.ElderCareRead, Permissions.ElderCareApprove,
            Permissions.ElderCareManage, Permissions.SocialOrgsRead, Permissions.SocialOrgsApprove, Permissions.CharityRead, Permissions.CharityWrite,
            Permissions.CharityManage, Permissions.CommunityRead, Permissions.CommunityWrite, Permissions.CommunityApprove,
            Permissions.SocialWorkRead, Permissions.SocialWorkWrite, Permissions.FacilitiesRead, Permissions.FacilitiesWrite, Permissions.FacilitiesManage,
            Permissions.GovernanceRead, Permissions.GovernanceWrite, Permissions.DivisionsManage, Permissions.ReportingRead, Permissions.ReportingWrite, Permissions.ReportingManage]),
        new(Auditor, "审计员", [Permissions.RegistryRead, Permissions.AuditRead, Permissions.ParametersRead, Permissions.AssistanceRead, Permissions.MarriageRead,
            Permissions.FuneralRead, Permissions.ChildWelfareRead, Permissions.RescueRead, Permissions.DisasterRead, Permissions.ElderCareRead,
            Permissions.SocialOrgsRead, Permissions.CharityRead, Permissions.CommunityRead, Permissions.SocialWorkRead,
            Permissions.FacilitiesRead, Permissions.GovernanceRead, Permissions.ReportingRead]),
        // an account with an institution (StaffUser.Organization) sees only that institution's records in every module that has them
        new(InstitutionStaff, "机构人员", [Permissions.ParametersRead, Permissions.ChildWelfareRead, Permissions.ChildWelfareWrite, Permissions.ElderCareProvide]),
        new(SystemAdmin, "系统管理员", [.. CaseWork, Permissions.UsersManage, Permissions.ParametersManage, Permissions.AuditRead, Permissions.AssistanceRead,
            Permissions.EventsPublish, Permissions.MarriageRead, Permissions.MarriageManage, Permissions.FuneralRead, Permissions.FuneralManage,
            Permissions.ChildWelfareRead, Permissions.RescueRead, Permissions.DisasterRead, Permissions.ElderCareRead,
            Permissions.SocialOrgsRead, Permissions.CharityRead, Permissions.CommunityRead, Permissions.SocialWorkRead,
            Permissions.FacilitiesRead, Permissions.GovernanceRead, Permissions.ReportingRead, Permissions.ReportingManage]),
        new(MarriageRegistrar, "婚姻登记员", [Permissions.ParametersRead, Permissions.MarriageRead, Permissions.MarriageBook, Permissions.MarriageDesk]),
        new(FuneralHomeStaff, "殡仪馆工作人员", [Permissions.ParametersRead, Permissions.FuneralRead, Permissions.FuneralRecord]),
        new(RescueStationStaff, "救助站工作人员", [Permissions.ParametersRead, Permissions.RescueRead, Permissions.RescueWrite, Permissions.RescuePublish,
            Permissions.RescueMatch]),
        new(RescueStationLead, "救助站站长", [Permissions.ParametersRead, Permissions.RescueRead, Permissions.RescueWrite, Permissions.RescuePublish,
            Permissions.RescueMatch, Permissions.RescueApprove]),
        new(SocialOrgRegistrar, "社会组织登记管理员", [Permissions.ParametersRead, Permissions.SocialOrgsRead, Permissions.SocialOrgsWrite,
            Permissions.CharityRead, Permissions.CharityWrite]),
        new(SocialOrgStaff, "社会组织人员", [Permissions.SocialOrgsSelf, Permissions.CharitySelf]),
        new(GrassrootsOfficer, "基层政权建设科人员", [Permissions.ParametersRead, Permissions.CommunityRead, Permissions.CommunityWrite,
            Permissions.CommunityIntegrity]),
        new(BureauOffice, "机关办公室人员", [Permissions.ParametersRead, Permissions.GovernanceRead, Permissions.GovernanceWrite, Permissions.GovernanceManage, Permissions.ReportingRead, Permissions.ReportingWrite, Permissions.ReportingManage]),
        new(Citizen, "市民", [Permissions.MarriageBook]),
    ];

    public static string DisplayNameOf(string code) =>
        BuiltIn.FirstOrDefault(r => r.Code == code)?.DisplayName ?? code;
}
