using RamSecurity.Analyzers.Secrets;
using Xunit;

namespace RamSecurity.Analyzers.Tests.Secrets;

public class SecretMaskTests
{
    [Theory]
    [InlineData(FakeCredentials.AccessKeyId, "LTAI****")]
    [InlineData(FakeCredentials.AccessKeySecret, "Fake****")]
    [InlineData(FakeCredentials.SecurityToken, "CAIS****")]
    [InlineData("12345678", "12****")]
    [InlineData("abc", "****")]
    [InlineData("", "****")]
    [InlineData(null, "****")]
    public void Apply_ShowsAtMostFourCharactersAndAQuarter(string? value, string expected) => Assert.Equal(expected, SecretMask.Apply(value));

    [Theory]
    [InlineData(FakeCredentials.AccessKeyId)]
    [InlineData(FakeCredentials.AccessKeySecret)]
    [InlineData(FakeCredentials.SecurityToken)]
    [InlineData("short")]
    public void Apply_NeverContainsTheValue(string value)
    {
        var masked = SecretMask.Apply(value);
        Assert.DoesNotContain(value, masked);
        Assert.True(masked.Length - SecretMask.Mask.Length <= Math.Min(4, value.Length / 4));
    }
}
