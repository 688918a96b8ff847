using RamSecurity.Analyzers.Credentials;
using Xunit;
using static RamSecurity.Analyzers.Tests.FakeCredentials;
using VerifyCS = RamSecurity.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<RamSecurity.Analyzers.Credentials.HardcodedCredentialAnalyzer>;

namespace RamSecurity.Analyzers.Tests.Rules;

public class RAM001HardcodedAccessKeyIdTests
{
    [Fact]
    public Task OssClientLiteral_Diagnostic() => VerifyCS.VerifyAnalyzerAsync($$"""
        using Aliyun.OSS;
        class Uploader
        {
            OssClient Create(string secret) => new OssClient("https://oss-cn-hangzhou.aliyuncs.com", {|RAM001:"{{AccessKeyId}}"|}, secret);
        }
        """);

    [Fact]
    public Task PlaceholderReachingSdk_Diagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        using Aliyun.Acs.Core.Profile;
        class Setup
        {
            DefaultProfile Create(string secret) => DefaultProfile.GetProfile("cn-hangzhou", {|RAM001:"<your-access-key-id>"|}, secret);
        }
        """);

    [Fact]
    public Task MessageShowsFourCharactersAndMask_Diagnostic() => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        using Aliyun.OSS;
        class Uploader
        {
            OssClient Create(string secret) => new OssClient("https://oss-cn-hangzhou.aliyuncs.com", {|#0:"{{AccessKeyId}}"|}, secret);
        }
        """,
        VerifyCS.Diagnostic(Descriptors.HardcodedAccessKeyId).WithLocation(0).WithArguments("LTAI****", "ALIBABA_CLOUD_ACCESS_KEY_ID"));

    [Fact]
    public Task ConstFieldUsedTwice_OneDiagnosticOnDeclaration() => VerifyCS.VerifyAnalyzerAsync($$"""
        using Aliyun.OSS;
        class Uploader
        {
            private const string KeyId = {|RAM001:"<access-key-id>"|};
            OssClient First(string secret) => new OssClient("https://oss-cn-hangzhou.aliyuncs.com", KeyId, secret);
            OssClient Second(string secret) => new OssClient("https://oss-cn-beijing.aliyuncs.com", KeyId, secret);
        }
        """);

    [Fact]
    public async Task ConstInAnotherFile_DiagnosticOnDeclaration()
    {
        var test = new VerifyCS.Test
        {
            TestState =
            {
                Sources =
                {
                    """
                    using Aliyun.OSS;
                    class Uploader
                    {
                        OssClient Create(string secret) => new OssClient("https://oss-cn-hangzhou.aliyuncs.com", Keys.Id, secret);
                    }
                    """,
                    """
                    static class Keys
                    {
                        public const string Id = {|RAM001:"placeholder-id"|};
                    }
                    """,
                },
            },
        };
        await test.RunAsync();
    }

    [Fact]
    public Task LocalReadonlyFieldAndPropertyInitializers_Diagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        using Aliyun.Credentials.Models;
        class Setup
        {
            private static readonly string FieldId = {|RAM001:"field-id"|};
            private string PropertyId { get; } = {|RAM001:"property-id"|};
            private static string ArrowId => {|RAM001:"arrow-id"|};

            void Build()
            {
                var localId = {|RAM001:"local-id"|};
                _ = new Config { AccessKeyId = localId };
                _ = new Config { AccessKeyId = FieldId };
                _ = new Config { AccessKeyId = PropertyId };
                _ = new Config { AccessKeyId = ArrowId };
            }
        }
        """);

    [Fact]
    public Task ConcatenationInterpolationVerbatimAndRaw_Diagnostic() => VerifyCS.VerifyAnalyzerAsync(""""
        using Aliyun.Credentials.Models;
        class Setup
        {
            private const string Prefix = "LTAI";
            void Build()
            {
                _ = new Config { AccessKeyId = {|RAM001:"LTAI5t" + "Fake"|} };
                _ = new Config { AccessKeyId = {|RAM001:$"{Prefix}-fake"|} };
                _ = new Config { AccessKeyId = {|RAM001:@"verbatim-id"|} };
                _ = new Config { AccessKeyId = {|RAM001:"""raw-id"""|} };
            }
        }
        """");

    [Fact]
    public Task ConstantAssignedLaterInConstructorOrMethod_Diagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        using Aliyun.OSS;
        class Uploader
        {
            private readonly string _keyId;
            private string? _otherKeyId;

            public Uploader() { _keyId = {|RAM001:"ctor-id"|}; }

            void Init() => this._otherKeyId = {|RAM001:"method-id"|};

            OssClient First(string secret) => new OssClient("https://oss-cn-hangzhou.aliyuncs.com", _keyId, secret);
            OssClient Second(string secret) => new OssClient("https://oss-cn-hangzhou.aliyuncs.com", _otherKeyId, secret);

            OssClient Third(string secret)
            {
                string id;
                id = {|RAM001:"local-id"|};
                return new OssClient("https://oss-cn-hangzhou.aliyuncs.com", id, secret);
            }
        }
        """);

    [Fact]
    public Task FieldAssignments_FoundByName_VerbatimToo_NotInCommentsStringsOrLongerNames() => VerifyCS.VerifyAnalyzerAsync("""
        using Aliyun.OSS;
        class Uploader
        {
            private string @keyId;
            private string keyIdSuffix;
            private string note;

            public Uploader()
            {
                // keyId = "in a comment"
                @keyId = {|RAM001:"verbatim-assigned-id"|};
                keyIdSuffix = "not the field";
                note = "keyId = \"in a string\"";
                this.keyId += "-appended";
            }

            OssClient Create(string secret) => new OssClient("https://oss-cn-hangzhou.aliyuncs.com", keyId, secret);

            string Describe() => keyIdSuffix + note;
        }
        """);

    [Fact]
    public Task AssignmentsOfParametersAndCalls_HoldNoConstant_ButTheirConstantBranchesDo() => VerifyCS.VerifyAnalyzerAsync("""
        using Aliyun.OSS;
        class Uploader
        {
            private const string Endpoint = "https://oss-cn-hangzhou.aliyuncs.com";
            private string _keyId;
            private string _fallbackKeyId;
            private string _decodedKeyId;
            private string _defaultKeyId;
            private readonly OssClient[] _clients;

            public Uploader(string keyId, bool useFallback, byte[] bytes, string secret, string defaultKeyId = {|RAM001:"default-id"|})
            {
                _keyId = keyId;
                _fallbackKeyId = useFallback ? {|RAM001:"fallback-id"|} : keyId;
                _decodedKeyId = System.Text.Encoding.UTF8.GetString(bytes);
                _defaultKeyId = defaultKeyId;
                _clients = new[]
                {
                    new OssClient(Endpoint, _keyId, secret),
                    new OssClient(Endpoint, _fallbackKeyId, secret),
                    new OssClient(Endpoint, _decodedKeyId, secret),
                    new OssClient(Endpoint, _defaultKeyId, secret),
                };
            }

            public string KeyId { get => _keyId; set => _keyId = value; }
        }
        """);

    [Fact]
    public Task SdkTypeAlsoDefinedInSource_StillMatched() => VerifyCS.VerifyAnalyzerAsync(
        """
        namespace Aliyun.OSS
        {
            class OssClient { public OssClient(string endpoint, string accessKeyId, string accessKeySecret) { } }
        }

        class Usage
        {
            object Create(string secret) => new Aliyun.OSS.{|CS0436:OssClient|}("https://oss-cn-hangzhou.aliyuncs.com", {|RAM001:"placeholder-id"|}, secret);
        }
        """);

    [Fact]
    public Task Utf8LiteralThroughEncoding_Diagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        using System.Text;
        using Aliyun.Credentials.Models;
        class Setup
        {
            Config Build() => new Config { AccessKeyId = Encoding.UTF8.GetString({|RAM001:"utf8-id"u8|}) };
        }
        """);

    [Fact]
    public Task FallbackAfterEnvironmentRead_DiagnosticOnFallbackOnly() => VerifyCS.VerifyAnalyzerAsync("""
        using System;
        using Aliyun.Credentials.Models;
        class Setup
        {
            Config Build() => new Config { AccessKeyId = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID") ?? {|RAM001:"fallback-id"|} };
        }
        """);

    [Fact]
    public Task ParameterDefaultReachingSdk_Diagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        using Aliyun.Credentials.Models;
        class Setup
        {
            Config Build(string accessKeyId = {|RAM001:"default-id"|}) => new Config { AccessKeyId = accessKeyId };
        }
        """);

    [Fact]
    public Task RuntimeValues_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        using System;
        using System.Collections.Generic;
        using Aliyun.Credentials.Models;
        class Setup
        {
            Config FromEnvironment() => new Config { AccessKeyId = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID") };
            Config FromConfiguration(IDictionary<string, string> settings) => new Config { AccessKeyId = settings["Alibaba:AccessKeyId"] };
            Config FromParameter(string id) => new Config { AccessKeyId = id };
            Config Empty() => new Config { AccessKeyId = "", AccessKeySecret = null };
            Config Blank() => new Config { AccessKeyId = "   " };
        }
        """);

    [Fact]
    public Task DecoyTypesWithSdkSimpleNames_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync("""
        namespace Decoy
        {
            class OssClient { public OssClient(string endpoint, string accessKeyId, string accessKeySecret) { } }
            class Config { public string? AccessKeyId { get; set; } }
            class Usage
            {
                void Run()
                {
                    _ = new OssClient("endpoint", "placeholder-id", "placeholder-secret");
                    _ = new Config { AccessKeyId = "placeholder-id" };
                }
            }
        }
        """);

    [Fact]
    public Task FormatInConnectionStringWithoutSdk_Diagnostic() => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        class Settings
        {
            public string ConnectionString = {|RAM001:"Endpoint=oss-cn-hangzhou.aliyuncs.com;AccessKeyId={{AccessKeyId}};"|};
        }
        """,
        referenceSdk: false);

    [Fact]
    public Task FormatInInterpolatedTextUtf8AndAttribute_Diagnostic() => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        using System;
        class Settings
        {
            [Obsolete({|RAM001:"{{AccessKeyId}}"|})]
            void Old() { }

            string Describe(int n) => $"{n}{|RAM001:: key={{AccessKeyId}}|}";

            ReadOnlySpan<byte> Bytes => {|RAM001:"{{AccessKeyId}}"u8|};
        }
        """,
        referenceSdk: false);

    [Theory]
    [InlineData("LTAI12345678901")]                     // 11 after the prefix: too short
    [InlineData("LTAI123456789012345678901234567")]     // 27 after the prefix: too long
    [InlineData("XLTAI5tFakeExampleKey0001")]           // the prefix inside a word
    [InlineData("LTAI5tFakeExampleKey0001x\u00e9")]     // not bounded: a letter follows
    [InlineData("LTAI4GFTgcR8m8cZQDTH****")]            // the documentation's masked example
    [InlineData("LTAIxxxxxxxxxxxxxxxxxxxx")]            // placeholder
    [InlineData("ltai5tFakeExampleKey0001")]            // the prefix is upper case
    public Task NotAnAccessKeyIdFormat_NoDiagnostic(string value) => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        class Settings
        {
            public string Value = "{{value}}";
        }
        """,
        referenceSdk: false);

    [Fact]
    public Task GeneratedCode_Diagnostic() => VerifyCS.VerifyAnalyzerAsync(
        $$"""
        // <auto-generated/>
        class Settings
        {
            public string Key = {|RAM001:"{{AccessKeyId}}"|};
        }
        """,
        referenceSdk: false);

    [Fact]
    public Task AnalyzerIsPublicAndNamedAfterWhatItFinds() =>
        Task.FromResult(Assert.IsType<HardcodedCredentialAnalyzer>(new HardcodedCredentialAnalyzer()));
}
