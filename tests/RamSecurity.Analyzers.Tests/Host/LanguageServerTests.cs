using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RamSecurity.Analyzers.Tests.Verifiers;
using Xunit;
using Xunit.Abstractions;
using static RamSecurity.Analyzers.Tests.FakeCredentials;

namespace RamSecurity.Analyzers.Tests.Host;

/// <summary>
/// The squiggle in a real editor protocol: csharp-ls (a dotnet tool many Neovim, Emacs and Helix users run), installed
/// by the test itself, is started over stdio on a copy of samples/ that consumes the packed package, with its
/// csharp.analyzersEnabled setting on (0.28 pulls the "csharp" section with workspace/configuration after "initialized",
/// and pushes diagnostics with textDocument/publishDiagnostics to a client that does not announce pull diagnostics).
/// Opened files show exactly the RAM diagnostics the CLI build reports for them; a key typed into a method shows RAM001
/// at its range, masked.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class LanguageServerTests : IDisposable
{
    private const string ServerVersion = "0.28.0";

    // Loading the sample takes 15-35 s on two busy cores, an edit is re-analyzed in 1-2 s; the bounds only matter on failure.
    private static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(240);
    private static readonly TimeSpan EditTimeout = TimeSpan.FromSeconds(30);

    private static readonly Regex BuildLine = new(
        @"^(?<file>.+?)\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error) (?<id>RAM\d{3}): (?<message>.*?) \(https?://[^)]*\)( \[[^]]*\])?$",
        RegexOptions.CultureInvariant);

    private readonly PackedPackage _package;
    private readonly ITestOutputHelper _output;
    private readonly string _directory = Directory.CreateTempSubdirectory("ramsecurity-lsp-").FullName;
    private LanguageServerConnection? _server;

    public LanguageServerTests(PackedPackage package, ITestOutputHelper output)
    {
        _package = package;
        _output = output;
    }

    [SkippableFact]
    public async Task CsharpLs_ShowsTheBuildsDiagnostics_AndRam001OnATypedKey()
    {
        var project = PackageConsumer.CopySample(_directory, _package);
        var server = InstallServer();
        var sample = Path.GetDirectoryName(project)!;
        var opened = new[] { Path.Combine(sample, "Storage", "ReportUploader.cs"), Path.Combine(sample, "Sts", "TemporarySession.cs") };

        // The CLI build (it restores too, as a user does before opening an editor) says what each file must show.
        var (buildExit, buildOutput) = DotnetCli.Run($"build \"{project}\" -clp:NoSummary", _directory);
        Assert.True(buildExit == 0, buildOutput);
        var expected = opened.ToDictionary(file => file, file => FromBuild(buildOutput, file));
        Assert.All(expected.Values, Assert.NotEmpty);

        var clock = Stopwatch.StartNew();
        var start = new ProcessStartInfo(server) { WorkingDirectory = _directory };
        DotnetCli.IsolateFromTestHost(start);
        _server = new LanguageServerConnection(start, new Dictionary<string, JsonNode> { ["csharp"] = new JsonObject { ["analyzersEnabled"] = true } });
        var root = new Uri(_directory + Path.DirectorySeparatorChar).AbsoluteUri;
        await _server.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = root,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = root, ["name"] = "sample" }),
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject { ["configuration"] = true },
                ["textDocument"] = new JsonObject { ["publishDiagnostics"] = new JsonObject() },
            },
        }, LoadTimeout);
        _server.Notify("initialized", new JsonObject());
        foreach (var file in opened)
        {
            _server.Notify("textDocument/didOpen", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = UriOf(file), ["languageId"] = "csharp", ["version"] = 1, ["text"] = File.ReadAllText(file) },
            });
        }

        foreach (var file in opened)
        {
            await AssertShowsAsync(file, expected[file], LoadTimeout);
        }

        _output.WriteLine($"csharp-ls {ServerVersion}: the opened files show the build's diagnostics after {clock.Elapsed.TotalSeconds:F1} s");

        // A key typed into the method that has a return statement, in three keystroke-sized edits (half-typed code on the way).
        var edited = opened[1];
        var lines = File.ReadAllLines(edited);
        var line = Array.FindIndex(lines, text => text.TrimStart().StartsWith("return ", StringComparison.Ordinal));
        Assert.True(line >= 0, edited + " has no return statement to type before");
        const string Indent = "        var typedKeyId = ";
        var pieces = new[] { Indent + "\"", AccessKeyId.Substring(0, 10), AccessKeyId.Substring(10) + "\";\n" };
        var character = 0;
        for (var i = 0; i < pieces.Length; i++)
        {
            var position = new JsonObject { ["line"] = line, ["character"] = character };
            _server.Notify("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = UriOf(edited), ["version"] = i + 2 },
                ["contentChanges"] = new JsonArray(new JsonObject
                {
                    ["range"] = new JsonObject { ["start"] = position.DeepClone(), ["end"] = position.DeepClone() },
                    ["text"] = pieces[i],
                }),
            });
            character += pieces[i].Length;
        }

        clock.Restart();

        // RAM001 on the literal (quotes included), masked; what was below it moved down a line and is otherwise unchanged.
        var typed = new Finding(line + 1, Indent.Length + 1, "warning", RuleIds.HardcodedAccessKeyId, Descriptors.HardcodedAccessKeyId.MessageFormat.ToString()
            .Replace("{0}", "LTAI****", StringComparison.Ordinal).Replace("{1}", "ALIBABA_CLOUD_ACCESS_KEY_ID", StringComparison.Ordinal));
        var afterEdit = expected[edited].Select(f => f.Line > line ? f with { Line = f.Line + 1 } : f).Append(typed);
        var diagnostics = await AssertShowsAsync(edited, afterEdit, EditTimeout);
        _output.WriteLine($"RAM001 on the typed key after {clock.Elapsed.TotalMilliseconds:F0} ms");

        var ram001 = diagnostics.Single(d => d!["code"]?.ToString() == RuleIds.HardcodedAccessKeyId && d["range"]!["start"]!["line"]!.GetValue<int>() == line)!;
        Assert.Equal(Indent.Length + AccessKeyId.Length + 2, ram001["range"]!["end"]!["character"]!.GetValue<int>());
        Assert.DoesNotContain(AccessKeyId, ram001["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("'LTAI****'", ram001["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _server?.Dispose();

        // A build host the server started may still be writing under obj/ for a moment after it was ended.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(500);
            }
        }
    }

    /// <summary>Installs csharp-ls into the test's folder; skips the test, with the reason, when the tool cannot be installed.</summary>
    private string InstallServer()
    {
        var toolPath = Path.Combine(_directory, "tools");
        var (exitCode, output) = DotnetCli.Run($"tool install csharp-ls --version {ServerVersion} --tool-path \"{toolPath}\"", _directory);
        Skip.If(exitCode != 0, $"csharp-ls {ServerVersion} could not be installed with 'dotnet tool install': {output.Trim()}");
        return Path.Combine(toolPath, OperatingSystem.IsWindows() ? "csharp-ls.exe" : "csharp-ls");
    }

    /// <summary>Waits until the server shows exactly <paramref name="expected"/> (RAM warnings and errors) for the file.</summary>
    private async Task<JsonArray> AssertShowsAsync(string file, IEnumerable<Finding> expected, TimeSpan timeout)
    {
        var wanted = expected.Select(f => f.ToString()).Order(StringComparer.Ordinal).ToList();
        var (accepted, last) = await _server!.WaitForDiagnosticsAsync(UriOf(file), diagnostics => FromServer(diagnostics).SequenceEqual(wanted), timeout);
        Assert.True(accepted, $"""
            {Path.GetFileName(file)}: expected within {timeout.TotalSeconds} s
            {string.Join("\n", wanted)}
            last published:
            {(last is null ? "(nothing)" : string.Join("\n", FromServer(last)))}
            server log:
            {_server.RecentLog}
            """);
        return last!;
    }

    private static List<Finding> FromBuild(string output, string file) => output.Split('\n')
        .Select(line => BuildLine.Match(line.Trim()))
        .Where(match => match.Success && match.Groups["file"].Value == file)
        .Select(match => new Finding(int.Parse(match.Groups["line"].Value), int.Parse(match.Groups["column"].Value), match.Groups["severity"].Value, match.Groups["id"].Value, match.Groups["message"].Value))
        .Distinct()
        .ToList();

    /// <summary>The server's RAM diagnostics that a build shows too (LSP severity 1 error, 2 warning), as build lines.</summary>
    private static List<string> FromServer(JsonArray diagnostics) => diagnostics
        .Where(d => d!["code"]?.ToString().StartsWith("RAM", StringComparison.Ordinal) == true && d["severity"]?.GetValue<int>() is 1 or 2)
        .Select(d => new Finding(
            d!["range"]!["start"]!["line"]!.GetValue<int>() + 1,
            d["range"]!["start"]!["character"]!.GetValue<int>() + 1,
            d["severity"]!.GetValue<int>() == 1 ? "error" : "warning",
            d["code"]!.ToString(),
            d["message"]!.GetValue<string>()).ToString())
        .Order(StringComparer.Ordinal)
        .ToList();

    private static string UriOf(string path) => new Uri(path).AbsoluteUri;

    /// <summary>A diagnostic as the build prints it, one-based; the same text for the build's and the server's.</summary>
    private sealed record Finding(int Line, int Column, string Severity, string Id, string Message)
    {
        public override string ToString() => $"({Line},{Column}): {Severity} {Id}: {Message}";
    }
}
