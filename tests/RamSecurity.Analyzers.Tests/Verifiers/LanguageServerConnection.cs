using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace RamSecurity.Analyzers.Tests.Verifiers;

/// <summary>
/// A minimal Language Server Protocol client over a server's stdin/stdout: requests and notifications out, responses
/// matched by id, the server's own requests answered (workspace/configuration from <see cref="Settings"/>, anything
/// else with null), and textDocument/publishDiagnostics kept per document for the test to wait on. Every wait is bounded.
/// </summary>
internal sealed class LanguageServerConnection : IDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly object _writeLock = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly ConcurrentDictionary<string, JsonArray> _latestDiagnostics = new(StringComparer.Ordinal);
    private readonly Channel<string> _published = Channel.CreateUnbounded<string>();
    private readonly ConcurrentQueue<string> _log = new();
    private int _nextId;

    public LanguageServerConnection(ProcessStartInfo start, IReadOnlyDictionary<string, JsonNode> settings)
    {
        Settings = settings;
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + start.FileName);
        _input = _process.StandardInput.BaseStream;
        _process.ErrorDataReceived += (_, e) => Log("stderr: " + e.Data);
        _process.BeginErrorReadLine();
        _ = Task.Run(ReadLoopAsync);
    }

    /// <summary>The sections the server asks for with workspace/configuration.</summary>
    public IReadOnlyDictionary<string, JsonNode> Settings { get; }

    /// <summary>The last lines the server logged and the messages it sent, for a failure message.</summary>
    public string RecentLog => string.Join("\n", _log);

    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _nextId);
        var response = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = response;
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return await response.Task.WaitAsync(timeout);
    }

    public void Notify(string method, JsonNode? parameters) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>
    /// Waits until the diagnostics last published for <paramref name="uri"/> satisfy <paramref name="accept"/> (those
    /// published before the call count too); returns them, or the last ones published when the time is up.
    /// </summary>
    public async Task<(bool Accepted, JsonArray? Last)> WaitForDiagnosticsAsync(string uri, Func<JsonArray, bool> accept, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                if (_latestDiagnostics.TryGetValue(uri, out var latest) && accept(latest))
                {
                    return (true, latest);
                }

                await _published.Reader.ReadAsync(cancellation.Token);
            }
        }
        catch (OperationCanceledException)
        {
            return (false, _latestDiagnostics.GetValueOrDefault(uri));
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                // The server starts MSBuild build hosts of its own: end them with it.
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited in the meantime.
        }

        _process.Dispose();
    }

    private void Send(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        lock (_writeLock)
        {
            _input.Write(header);
            _input.Write(body);
            _input.Flush();
        }
    }

    private async Task ReadLoopAsync()
    {
        var output = _process.StandardOutput.BaseStream;
        try
        {
            while (await ReadMessageAsync(output) is { } message)
            {
                Dispatch(message);
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or JsonException)
        {
            Log("read loop ended: " + exception.Message);
        }

        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(new IOException("the language server closed its output"));
        }
    }

    private void Dispatch(JsonObject message)
    {
        var method = message["method"]?.GetValue<string>();
        if (method is null && message["id"] is { } responseId && _pending.TryRemove(responseId.GetValue<int>(), out var response))
        {
            response.TrySetResult(message["result"]);
            return;
        }

        if (method == "textDocument/publishDiagnostics")
        {
            var parameters = message["params"]!;
            Log($"publishDiagnostics {parameters["uri"]}: {parameters["diagnostics"]!.AsArray().Count}");
            var uri = parameters["uri"]!.GetValue<string>();
            _latestDiagnostics[uri] = parameters["diagnostics"]!.AsArray();
            _published.Writer.TryWrite(uri);
            return;
        }

        if (method == "window/logMessage")
        {
            Log(message["params"]?["message"]?.GetValue<string>() ?? string.Empty);
            return;
        }

        if (method is not null && message["id"] is { } requestId)
        {
            // A request from the server: configuration from Settings, null for the rest (registrations, progress).
            JsonNode? result = null;
            if (method == "workspace/configuration")
            {
                result = new JsonArray(message["params"]!["items"]!.AsArray()
                    .Select(item => Settings.TryGetValue(item?["section"]?.GetValue<string>() ?? string.Empty, out var section) ? section.DeepClone() : null)
                    .ToArray());
            }

            Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = requestId.DeepClone(), ["result"] = result });
        }
    }

    private static async Task<JsonObject?> ReadMessageAsync(Stream output)
    {
        var length = -1;
        while (await ReadHeaderLineAsync(output) is { } line)
        {
            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line.Substring("Content-Length:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        if (length < 0)
        {
            return null;
        }

        var body = new byte[length];
        await output.ReadExactlyAsync(body);
        return JsonNode.Parse(body)!.AsObject();
    }

    private static async Task<string?> ReadHeaderLineAsync(Stream output)
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            if (await output.ReadAsync(one) == 0)
            {
                return null;
            }

            if (one[0] == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)one[0]);
        }
    }

    private void Log(string? line)
    {
        _log.Enqueue(line ?? string.Empty);
        while (_log.Count > 60)
        {
            _log.TryDequeue(out _);
        }
    }
}
