using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Desk;
using CivilAffairs.Marriage.Features.Portal;

namespace CivilAffairs.UnitTests.Marriage;

/// <summary>The papers a couple bring follow the regulation in force: no 户口簿 once registration is nationwide (2025).</summary>
public sealed class DocumentListsTests
{
    [Fact]
    public void Before_the_2025_regulation_the_hukou_book_is_asked_for_and_after_it_is_not()
    {
        var (before, basisBefore) = WhatToBring.For(ServiceType.Marriage, nationwide: false, permitPilot: true);
        Assert.Contains(before, i => i.Contains("户口簿", StringComparison.Ordinal));
        Assert.Contains(before, i => i.Contains("居住证", StringComparison.Ordinal));
        Assert.Contains("2003", basisBefore, StringComparison.Ordinal);

        var (after, basisAfter) = WhatToBring.For(ServiceType.Marriage, nationwide: true, permitPilot: true);
        Assert.DoesNotContain(after, i => i.Contains("户口簿", StringComparison.Ordinal));
        Assert.Contains("2025", basisAfter, StringComparison.Ordinal);
    }

    [Fact]
    public void The_clerks_checklist_drops_the_hukou_book_when_it_is_no_longer_required()
    {
        Assert.Contains(DeskChecklist.For(ServiceType.Divorce, false, hukouBook: true), i => i.Contains("户口簿", StringComparison.Ordinal));
        var now = DeskChecklist.For(ServiceType.Divorce, false, hukouBook: false);
        Assert.DoesNotContain(now, i => i.Contains("户口簿", StringComparison.Ordinal));
        Assert.Contains(now, i => i.Contains("结婚证", StringComparison.Ordinal));
    }
}
