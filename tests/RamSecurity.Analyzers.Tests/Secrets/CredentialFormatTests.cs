using RamSecurity.Analyzers.Secrets;
using Xunit;

namespace RamSecurity.Analyzers.Tests.Secrets;

public class CredentialFormatTests
{
    [Theory]
    [InlineData("LTAI5tFakeExampleKey0001", 0, 24)]
    [InlineData("LTAI123456789012", 0, 16)]                       // 12 after the prefix, the shortest
    [InlineData("LTAI12345678901234567890123456", 0, 30)]         // 26 after the prefix, the longest
    [InlineData("id=LTAI5tFakeExampleKey0001;", 3, 24)]
    [InlineData("LTAIx LTAI5tFakeExampleKey0001", 6, 24)]          // a second candidate after a failed one
    public void AccessKeyId_Found(string value, int start, int length)
    {
        Assert.True(AccessKeyIdFormat.TryFind(value, out var match));
        Assert.Equal((start, length), (match.Start, match.Length));
    }

    [Theory]
    [InlineData("LTAI12345678901")]
    [InlineData("LTAI123456789012345678901234567")]
    [InlineData("aLTAI5tFakeExampleKey0001")]
    [InlineData("LTAI5tFakeExampleKey0001\u00e9")]
    [InlineData("LTAI5tFakeExampleKey****")]
    [InlineData("LTAI0000000000000000")]
    public void AccessKeyId_NotFound(string value) => Assert.False(AccessKeyIdFormat.TryFind(value, out _));

    [Fact]
    public void SecurityToken_FoundInsideAHeader()
    {
        var value = "x-acs-security-token: " + FakeCredentials.SecurityToken;
        Assert.True(SecurityTokenFormat.TryFind(value, out var match));
        Assert.Equal(FakeCredentials.SecurityToken, value.Substring(match.Start, match.Length));
    }

    [Theory]
    [InlineData("CAIS0123456789")]
    [InlineData("ACAISFakeExampleSecurityTokenForUnitTests0123456789AbCdEfGhIjKlMnOpQrSt")]
    public void SecurityToken_NotFound(string value) => Assert.False(SecurityTokenFormat.TryFind(value, out _));

    [Theory]
    [InlineData(FakeCredentials.AccessKeySecret, true)]
    [InlineData("  " + FakeCredentials.AccessKeySecret + " ", true)]
    [InlineData("FakeExampleSecret000000000001", false)]
    [InlineData("FakeExampleSecret0000000000_01", false)]
    [InlineData("ababababababababababababababab", false)]
    public void AccessKeySecret_WholeValue(string value, bool expected) => Assert.Equal(expected, AccessKeySecretFormat.IsSecretValue(value));

    [Fact]
    public void AccessKeySecret_FindSkipsTheExcludedId()
    {
        var value = "LTAI12345678901234567890123456:" + FakeCredentials.AccessKeySecret;
        Assert.True(AccessKeyIdFormat.TryFind(value, out var id));
        Assert.True(AccessKeySecretFormat.TryFind(value, 0, id, out var secret));
        Assert.Equal(31, secret.Start);
    }

    [Theory]
    [InlineData("AccessKeySecret", true)]
    [InlineData("accessKeySecret", true)]
    [InlineData("access_key_secret", true)]
    [InlineData("ALIBABA_CLOUD_ACCESS_KEY_SECRET", true)]
    [InlineData("Aliyun:AccessKeySecret", true)]
    [InlineData("AccessSecret", true)]
    [InlineData("akSecret", true)]
    [InlineData("SecretKey", true)]
    [InlineData("secret", true)]
    [InlineData("accesskeysecret", true)]
    [InlineData("OSSSecret", true)]
    [InlineData("--access-key-secret", true)]
    [InlineData("ClientSecret", false)]
    [InlineData("AppSecret", false)]
    [InlineData("JwtSecret", false)]
    [InlineData("SecretName", false)]
    [InlineData("secretArn", false)]
    [InlineData("AccessKeyId", false)]
    [InlineData("password", false)]
    [InlineData(null, false)]
    public void NamesAccessKeySecret(string? name, bool expected) => Assert.Equal(expected, CredentialNames.NamesAccessKeySecret(name));
}
