using RamSecurity.Analyzers.Internals;
using Xunit;

namespace RamSecurity.Analyzers.Tests.Internals;

/// <summary>The whole-word scan that decides which files the SDK rules look at.</summary>
public class WordSetTests
{
    private static readonly WordSet Words = new(new[] { "OssClient", "Credential", "StsCredentialProvider", "AccessKeyId", "GetProfile" });

    [Theory]
    [InlineData("var c = new OssClient(endpoint, id, secret);")]
    [InlineData("x.AccessKeyId = y;")]
    [InlineData("Credential")]
    [InlineData("new Aliyun.Acs.Core.Auth.StsCredentialProvider(a, b, c)")]
    [InlineData("DefaultProfile.GetProfile(\"cn-hangzhou\")")]
    [InlineData("é OssClient é")]
    public void WholeWord_Appears(string text) => Assert.True(Words.AppearsIn(text));

    [Theory]
    [InlineData("")]
    [InlineData("var c = new MyOssClientFactory();")]
    [InlineData("Credentials and CredentialModel are other words")]
    [InlineData("AccessKeyIdentifier _AccessKeyId2 GetProfiles")]
    [InlineData("nothing of the SDK here at all")]
    public void PartOfAnotherWord_DoesNotAppear(string text) => Assert.False(Words.AppearsIn(text));
}
