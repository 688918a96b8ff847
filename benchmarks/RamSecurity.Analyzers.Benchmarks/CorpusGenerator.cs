using System.Text;

namespace RamSecurity.Analyzers.Benchmarks;

/// <summary>
/// A large project of realistic C#, the same for a given seed: models, services, string-heavy code (messages, SQL,
/// URLs, JSON, log templates), Alibaba Cloud SDK usage through the stand-ins, and a known number of real findings.
/// </summary>
internal sealed class CorpusGenerator
{
    /// <summary>Every this many files, one uses the SDK correctly (temporary credentials from the environment, a short session).</summary>
    public const int SdkUsageEvery = 20;

    /// <summary>Every this many files, one hardcodes an AccessKey pair into OssClient: an RAM001, an RAM002 and an RAM005 each.</summary>
    public const int FindingEvery = 250;

    private static readonly string[] Nouns = { "Order", "Customer", "Invoice", "Shipment", "Product", "Warehouse", "Payment", "Refund", "Coupon", "Report", "Account", "Ticket" };
    private static readonly string[] Verbs = { "Create", "Update", "Archive", "Export", "Validate", "Approve", "Reconcile", "Notify", "Schedule", "Import" };
    private static readonly string[] Words = { "pending", "approved", "failed", "cn-hangzhou", "cn-shanghai", "application/json", "utf-8", "X-Request-Id", "retry", "timeout", "primary", "secondary" };

    private readonly Random _random;

    public CorpusGenerator(int seed) => _random = new Random(seed);

    /// <summary>The files; with <paramref name="useSdk"/> false, the SDK files become plain code and the findings connection strings.</summary>
    public IReadOnlyList<(string Path, string Text)> Generate(int fileCount, bool useSdk)
    {
        var files = new List<(string, string)>(fileCount);
        for (var i = 0; i < fileCount; i++)
        {
            var noun = Nouns[i % Nouns.Length];
            var name = $"{noun}{i}";
            string text;
            if (i % FindingEvery == FindingEvery - 1)
            {
                text = useSdk ? HardcodedKeyFile(name, i) : ConnectionStringFile(name, i);
            }
            else if (useSdk && i % SdkUsageEvery == 0)
            {
                text = SdkFile(name);
            }
            else
            {
                text = (i % 3) switch
                {
                    0 => ModelFile(name),
                    1 => ServiceFile(name),
                    _ => StringHeavyFile(name),
                };
            }

            files.Add(($"src/{noun}/{name}.cs", text));
        }

        return files;
    }

    /// <summary>RAM001 and RAM002 for each finding; with the SDK, also RAM005 for the long-lived pair handed to OssClient.</summary>
    public static int ExpectedFindings(int fileCount, bool useSdk) => (useSdk ? 3 : 2) * (fileCount / FindingEvery);

    private string ModelFile(string name)
    {
        var builder = new StringBuilder();
        builder.AppendLine("using System;\nusing System.Collections.Generic;\n");
        builder.AppendLine($"namespace Corpus.Models;\n\npublic sealed class {name}Model\n{{");
        for (var p = 0; p < 12; p++)
        {
            builder.AppendLine($"    public string Field{p} {{ get; set; }} = \"{Word()}\";");
            builder.AppendLine($"    public int Count{p} {{ get; set; }} = {_random.Next(1000)};");
        }

        builder.AppendLine($"    public const string TableName = \"{name.ToLowerInvariant()}s\";");
        builder.AppendLine($"    public override string ToString() => $\"{name}({{Field0}}, {{Count0}}, {{Field1}})\";");
        builder.AppendLine("    public Dictionary<string, string> Tags { get; } = new() { [\"owner\"] = \"team-a\", [\"tier\"] = \"gold\" };");
        builder.AppendLine("}");
        return builder.ToString();
    }

    private string ServiceFile(string name)
    {
        var builder = new StringBuilder();
        builder.AppendLine("using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Text;\n");
        builder.AppendLine($"namespace Corpus.Services;\n\npublic sealed class {name}Service\n{{");
        builder.AppendLine("    private readonly Dictionary<string, int> _cache = new();");
        for (var m = 0; m < 8; m++)
        {
            var verb = Verbs[_random.Next(Verbs.Length)];
            builder.AppendLine($"    public string {verb}{m}(string id, int amount)");
            builder.AppendLine("    {");
            builder.AppendLine($"        if (string.IsNullOrEmpty(id)) throw new ArgumentException(\"The id is required.\", nameof(id));");
            builder.AppendLine($"        var key = string.Concat(\"{name}:\", id, \":\", amount.ToString());");
            builder.AppendLine("        _cache[key] = amount;");
            builder.AppendLine($"        var items = Enumerable.Range(0, amount % 7).Select(i => $\"item-{{i}}-{Word()}\").ToList();");
            builder.AppendLine($"        var text = new StringBuilder(\"{verb} \").Append(id).Append(\" with \").Append(items.Count).ToString();");
            builder.AppendLine($"        Console.WriteLine(\"{verb} {{0}} for {{1}}\", id, \"{Word()}\");");
            builder.AppendLine("        return text.Replace(\"  \", \" \").Trim();");
            builder.AppendLine("    }");
        }

        builder.AppendLine("}");
        return builder.ToString();
    }

    private string StringHeavyFile(string name)
    {
        var builder = new StringBuilder();
        builder.AppendLine("using System;\nusing System.Collections.Generic;\n");
        builder.AppendLine($"namespace Corpus.Text;\n\npublic static class {name}Text\n{{");
        builder.AppendLine($"    public const string Select = \"SELECT id, name, status, created_at FROM {name.ToLowerInvariant()} WHERE status = @status AND region = @region ORDER BY created_at DESC\";");
        builder.AppendLine($"    public const string Url = \"https://api.example.com/v2/{name.ToLowerInvariant()}/items?page=1&size=50\";");
        builder.AppendLine("    public const string Json = \"{\\\"name\\\": \\\"example\\\", \\\"enabled\\\": true, \\\"region\\\": \\\"cn-hangzhou\\\"}\";");
        builder.AppendLine("    public static readonly string[] Messages =\n    {");
        for (var m = 0; m < 20; m++)
        {
            builder.AppendLine($"        \"{Verbs[_random.Next(Verbs.Length)]} {Nouns[_random.Next(Nouns.Length)]} {Word()} failed after {{0}} attempts; see log {Guid(_random)}\",");
        }

        builder.AppendLine("    };");
        builder.AppendLine("    public static string Describe(int code, string region) => code switch");
        builder.AppendLine("    {");
        builder.AppendLine("        200 => \"OK\",\n        404 => $\"Not found in {region}\",\n        500 => \"Internal error, retry later\",\n        _ => \"Unknown status \" + code,");
        builder.AppendLine("    };");
        builder.AppendLine("    public static string Secret => \"not-a-key-just-a-label\";");
        builder.AppendLine($"    public static string Database(string host) => \"Server=\" + host + \";Database={name};User Id=app;Password=Pa55w0rd{_random.Next(100000)};\";");
        builder.AppendLine($"    private const string ApiSecret = \"{Guid(_random)}{Guid(_random)}\";");
        builder.AppendLine("    public static int SecretLength => ApiSecret.Length;");
        builder.AppendLine("}");
        return builder.ToString();
    }

    private static string SdkFile(string name) => $$"""
        using System;
        using Aliyun.OSS;
        using AlibabaCloud.OpenApiClient.Models;

        namespace Corpus.Cloud;

        public sealed class {{name}}Storage
        {
            private static string Env(string variable) => Environment.GetEnvironmentVariable(variable) ?? throw new InvalidOperationException(variable);

            public OssClient CreateClient(string endpoint) => new OssClient(endpoint, Env("ALIBABA_CLOUD_ACCESS_KEY_ID"), Env("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), Env("ALIBABA_CLOUD_SECURITY_TOKEN"));

            public Config CreateConfig() => new Config { Credential = new Aliyun.Credentials.Client(), RegionId = "cn-hangzhou", Endpoint = "ecs.cn-hangzhou.aliyuncs.com" };

            public void Upload(OssClient client, string bucket, string key, System.IO.Stream content) => client.PutObject(bucket, key, content);

            public object AssumeRole(AlibabaCloud.SDK.Sts20150401.Client sts, string roleArn) => sts.AssumeRole(new AlibabaCloud.SDK.Sts20150401.Models.AssumeRoleRequest
            {
                RoleArn = roleArn,
                RoleSessionName = "{{name}}",
                DurationSeconds = (long)TimeSpan.FromMinutes(15).TotalSeconds,
            });
        }
        """;

    private static string HardcodedKeyFile(string name, int index) => $$"""
        using Aliyun.OSS;

        namespace Corpus.Cloud;

        public sealed class {{name}}Legacy
        {
            public OssClient Create() => new OssClient("https://oss-cn-hangzhou.aliyuncs.com", "LTAI5tBenchFakeKey{{index:D6}}", "BenchFakeSecret{{index:D6}}000000000");
        }
        """;

    private static string ConnectionStringFile(string name, int index) => $$"""
        namespace Corpus.Settings;

        public sealed class {{name}}Settings
        {
            public string Storage { get; } = "Endpoint=oss-cn-hangzhou.aliyuncs.com;AccessKeyId=LTAI5tBenchFakeKey{{index:D6}};AccessKeySecret=BenchFakeSecret{{index:D6}}000000000";
        }
        """;

    private string Word() => Words[_random.Next(Words.Length)];

    private static string Guid(Random random) => new Guid(Enumerable.Range(0, 16).Select(_ => (byte)random.Next(256)).ToArray()).ToString("N");
}
