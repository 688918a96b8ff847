using RamSecurity.Analyzers.Secrets;
using Xunit;

namespace RamSecurity.Analyzers.Tests.Secrets;

public class SecretMaskTests
{
    [Theory]
    [InlineData(FakeCredentials.AccessKeyId, "LTAI****")]
    [InlineData(FakeCredentials.SecurityToken, "CAIS****")]
    [InlineData("STS.NUgYrLnoC37nULXyMfB6QCTCL", "STS.****")]
    [InlineData(FakeCredentials.AccessKeySecret, "****")]
    [InlineData("Hd5iLbYwzPfZq0TuWcRf3aKx9sNe2mG", "****")]
    [InlineData("<your-access-key-id>", "****")]
    [InlineData("12345678", "****")]
    [InlineData("LTAI", "****")]
    [InlineData("abc", "****")]
    [InlineData("", "****")]
    [InlineData(null, "****")]
    public void Apply_ShowsOnlyAPublicPrefix(string? value, string expected) => Assert.Equal(expected, SecretMask.Apply(value));

    [Theory]
    [InlineData(FakeCredentials.AccessKeyId)]
    [InlineData(FakeCredentials.AccessKeySecret)]
    [InlineData(FakeCredentials.SecurityToken)]
    [InlineData("short")]
    public void Apply_ShowsNoCharacterBeyondThePrefix(string value)
    {
        var masked = SecretMask.Apply(value);
        Assert.EndsWith(SecretMask.Mask, masked, StringComparison.Ordinal);
        Assert.Contains(masked.Substring(0, masked.Length - SecretMask.Mask.Length), new[] { string.Empty, "LTAI", "STS.", "CAIS" });
    }
}
