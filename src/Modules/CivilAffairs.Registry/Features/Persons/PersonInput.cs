using CivilAffairs.Platform.Values;
using CivilAffairs.Registry.Domain;

namespace CivilAffairs.Registry.Features.Persons;

/// <summary>Create or edit a person: the JSON body and the page's form model.</summary>
public sealed class PersonInput
{
    /// <summary>IdCard (default), HkMacaoResidencePermit, TaiwanResidencePermit, HkMacaoHomeReturnPermit, TaiwanCompatriotPermit, Passport, ForeignPermanentResidence.</summary>
    public string? DocumentType { get; set; }

    public string? IdNumber { get; set; }

    public string? Name { get; set; }

    /// <summary>Residence community or street code.</summary>
    public string? DivisionCode { get; set; }

    public string? HukouDivisionCode { get; set; }

    /// <summary>Only when the hukou place is not given; derived from it otherwise.</summary>
    public bool? IsShenzhenHukou { get; set; }

    public string? Phone { get; set; }

    public string? Address { get; set; }

    /// <summary>Only for documents that do not encode it (passports, permits): Male or Female.</summary>
    public string? Sex { get; set; }

    /// <summary>Only for documents that do not encode it.</summary>
    public DateOnly? BirthDate { get; set; }

    /// <summary>On edit: the version that was read; a stale one is refused.</summary>
    public int? Version { get; set; }
}

/// <summary>What the list shows: the ID number is masked.</summary>
public sealed record PersonListItem(Guid Id, string DocumentType, string IdNumberMasked, string Name, string Sex, DateOnly BirthDate,
    int Age, string DivisionCode, string? DivisionName, bool IsShenzhenHukou, string PhoneMasked);

/// <summary>One person. The full ID number is never here: it is revealed on purpose, and audited.</summary>
public sealed record PersonDetail(Guid Id, string DocumentType, string DocumentTypeName, string IdNumberMasked, string Name, string Sex,
    DateOnly BirthDate, int Age, string? Phone, string DivisionCode, string? DivisionName, string? HukouDivisionCode, string? HukouDivisionName,
    bool IsShenzhenHukou, string? Address, Guid? HouseholdId, int Version, DateTime CreatedAtUtc, DateTime UpdatedAtUtc,
    string? MaritalStatusCode = null, string? MaritalStatusName = null, DateOnly? MaritalStatusSince = null, DateOnly? DiedOn = null,
    string? DeathSource = null);

public sealed record PersonPage(int Total, int Page, int PageSize, IReadOnlyList<PersonListItem> Items);

internal static class DocumentTypes
{
    public static string NameOf(DocumentType t) => t switch
    {
        Domain.DocumentType.IdCard => "居民身份证",
        Domain.DocumentType.HkMacaoResidencePermit => "港澳居民居住证",
        Domain.DocumentType.TaiwanResidencePermit => "台湾居民居住证",
        Domain.DocumentType.HkMacaoHomeReturnPermit => "港澳居民来往内地通行证",
        Domain.DocumentType.TaiwanCompatriotPermit => "台湾居民来往大陆通行证",
        Domain.DocumentType.Passport => "护照",
        Domain.DocumentType.ForeignPermanentResidence => "外国人永久居留身份证",
        _ => t.ToString(),
    };

    /// <summary>Documents whose number follows GB 11643 (birth date, sex and check digit inside).</summary>
    public static bool FollowsGb11643(DocumentType t) =>
        t is Domain.DocumentType.IdCard or Domain.DocumentType.HkMacaoResidencePermit or Domain.DocumentType.TaiwanResidencePermit;

    public static string SexName(Sex s) => s switch
    {
        Platform.Values.Sex.Male => "男",
        Platform.Values.Sex.Female => "女",
        _ => "未知",
    };
}
