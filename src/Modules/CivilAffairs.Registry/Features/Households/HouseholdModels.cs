namespace CivilAffairs.Registry.Features.Households;

/// <summary>A member line: the person by id or by ID number, and the relationship to the head.</summary>
public sealed class HouseholdMemberInput
{
    public Guid? PersonId { get; set; }

    public string? IdNumber { get; set; }

    /// <summary>GB/T 4761 code, e.g. 10 配偶, 20 子, 30 女, 51 父亲.</summary>
    public string? Relationship { get; set; }
}

public sealed class HouseholdInput
{
    public string? DivisionCode { get; set; }

    public string? Address { get; set; }

    public bool IsShenzhenHukou { get; set; }

    public Guid? HeadPersonId { get; set; }

    /// <summary>Alternative to <see cref="HeadPersonId"/> for forms.</summary>
    public string? HeadIdNumber { get; set; }

    public List<HouseholdMemberInput> Members { get; set; } = [];
}

public sealed record HouseholdMemberView(Guid PersonId, string Name, string IdNumberMasked, string Relationship, string RelationshipName, string Sex, int Age);

public sealed record HouseholdDetail(Guid Id, string DivisionCode, string? DivisionName, string Address, bool IsShenzhenHukou,
    Guid HeadPersonId, string HeadName, IReadOnlyList<HouseholdMemberView> Members, int Version, DateTime CreatedAtUtc);

public sealed record HouseholdListItem(Guid Id, string HeadName, string HeadIdNumberMasked, int MemberCount, string DivisionCode, string? DivisionName, bool IsShenzhenHukou);

public sealed record HouseholdPage(int Total, int Page, int PageSize, IReadOnlyList<HouseholdListItem> Items);
