using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Registration;

namespace CivilAffairs.UnitTests.Marriage;

/// <summary>证书字号: prefix, the district code, the year and a six-digit sequence.</summary>
public sealed class CertificateNumbersTests
{
    [Theory]
    [InlineData("J", "440304", 2026, 1, "J440304-2026-000001")]
    [InlineData("L", "440305", 2021, 123, "L440305-2021-000123")]
    [InlineData("BJ", "440304", 2018, 999999, "BJ440304-2018-999999")]
    public void The_number_is_prefix_district_year_and_a_zero_padded_sequence(string prefix, string district, int year, int sequence, string expected) =>
        Assert.Equal(expected, CertificateNumbers.Format(prefix, district, year, sequence));

    [Fact]
    public void A_sequence_past_six_digits_grows_rather_than_wrapping() =>
        Assert.Equal("J440304-2026-1000000", CertificateNumbers.Format("J", "440304", 2026, 1_000_000));

    [Theory]
    [InlineData(ServiceType.Marriage, "J")]
    [InlineData(ServiceType.Divorce, "L")]
    [InlineData(ServiceType.Reissue, "BJ")]
    [InlineData(ServiceType.StatusCertificate, "Z")]
    public void Each_service_has_its_prefix(ServiceType type, string prefix) =>
        Assert.Equal(prefix, CertificateNumbers.PrefixOf(type));
}
