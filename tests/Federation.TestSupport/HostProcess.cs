using System.Diagnostics;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;

namespace Federation.TestSupport;

/// <summary>
/// The built host binary run as a real operating-system process (<c>dotnet Federation.Host.dll …</c>):
/// <c>serve</c> on a loopback port, or a CLI verb. Its stdout and stderr go to a log file (shown when
/// something fails). <see cref="Terminate"/> sends SIGTERM (a graceful stop), <see cref="Kill"/> SIGKILL
/// (a crash: no shutdown code runs). Dispose kills it if it is still running.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;
    private readonly object logLock = new();

    private HostProcess(Process process, StreamWriter log, string logFile, Uri? baseAddress)
    {
        this.process = process;
        this.log = log;
        LogFile = logFile;
        BaseAddress = baseAddress;
    }

    /// <summary>
    /// The host binary of the configuration the tests were built in; building any test project that
    /// references TestSupport builds it.
    /// </summary>
    public static string HostDll
    {
        get
        {
#if DEBUG
            const string configuration = "Debug";
#else
            const string configuration = "Release";
#endif
            var dll = Path.Combine(RepoPaths.Root, "host", "Federation.Host", "bin", configuration, "net10.0", "Federation.Host.dll");
            return File.Exists(dll) ? dll
                : throw new FileNotFoundException($"The host is not built at {dll} (dotnet build host/Federation.Host -c {configuration}).", dll);
        }
    }

    /// <summary>http://127.0.0.1:PORT/ for <c>serve</c>; null for a CLI verb.</summary>
    public Uri? BaseAddress { get; }

    public string LogFile { get; }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>
    /// Starts <c>serve --urls http://127.0.0.1:PORT</c> (a free port) with <paramref name="args"/> after it
    /// (e.g. <c>--data DIR</c>) and <paramref name="environment"/> added to (or, with null, removed from) this
    /// process's environment. Does not wait: see <see cref="WaitForHealth"/>.
    /// </summary>
    public static HostProcess Serve(string logFile, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        return Start(logFile, ["serve", "--urls", address.ToString().TrimEnd('/'), .. args], environment, address);
    }

    /// <summary>Runs a CLI verb to its end; the result holds its exit code and what it printed on stdout.</summary>
    public static async Task<CliResult> Cli(string logFile, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        await using var cli = Start(logFile, args, environment, null);
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        try { await cli.process.WaitForExitAsync(cancel.Token); }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"'{string.Join(' ', args)}' did not finish within {(timeout ?? TimeSpan.FromSeconds(60)).TotalSeconds:0} s.\n{cli.LogTail()}");
        }
        cli.process.WaitForExit(); // the output handlers have run
        string output;
        lock (cli.logLock) output = cli.stdout.ToString();
        return new CliResult(cli.process.ExitCode, output, cli.LogTail());
    }

    private readonly StringBuilder stdout = new();

    private static HostProcess Start(string logFile, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment, Uri? baseAddress)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(HostDll)!,
        };
        info.ArgumentList.Add(HostDll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        // Nothing from the test run's own settings may choose the child's data or ports.
        info.Environment.Remove("FEDERATION_DATA");
        info.Environment.Remove("ASPNETCORE_URLS");
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
            if (value is null) info.Environment.Remove(name);
            else info.Environment[name] = value;

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(logFile))!);
        var log = new StreamWriter(new FileStream(logFile, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var host = new HostProcess(process, log, logFile, baseAddress);
        process.OutputDataReceived += (_, e) => host.Write(e.Data, stdout: true);
        process.ErrorDataReceived += (_, e) => host.Write(e.Data, stdout: false);
        host.Write($"==== {DateTime.Now:HH:mm:ss.fff} dotnet {string.Join(' ', info.ArgumentList)}", stdout: false);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    private void Write(string? line, bool stdout)
    {
        if (line is null) return;
        lock (logLock)
        {
            if (stdout) this.stdout.AppendLine(line);
            try { log.WriteLine(line); } catch (ObjectDisposedException) { }
        }
    }

    /// <summary>A client for this host's API with <c>Authorization: Bearer {token}</c>.</summary>
    public HttpClient ApiClient(string token)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Waits until <c>GET /health</c> answers 200; fails at once (with the log) if the process exits.</summary>
    public async Task<TimeSpan> WaitForHealth(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The host exited with code {process.ExitCode} before it was healthy.\n{LogTail()}");
            try
            {
                using var response = await http.GetAsync("health");
                if (response.IsSuccessStatusCode) return clock.Elapsed;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            if (clock.Elapsed > timeout)
                throw new TimeoutException($"The host did not report healthy within {timeout.TotalSeconds:0} s.\n{LogTail()}");
            await Task.Delay(100);
        }
    }

    /// <summary>SIGTERM: the host stops gracefully, as under systemd or docker stop.</summary>
    public void Terminate()
    {
        Write($"==== {DateTime.Now:HH:mm:ss.fff} test sends SIGTERM", stdout: false);
        if (!process.HasExited && SendSignal(process.Id, SigTerm) != 0 && !process.HasExited)
            throw new InvalidOperationException($"kill({process.Id}, SIGTERM) failed: errno {Marshal.GetLastPInvokeError()}.");
    }

    /// <summary>SIGKILL: the host dies at once, as in a power cut or the OOM killer; no shutdown code runs.</summary>
    public void Kill()
    {
        Write($"==== {DateTime.Now:HH:mm:ss.fff} test sends SIGKILL", stdout: false);
        if (!process.HasExited) process.Kill(entireProcessTree: true);
    }

    /// <summary>Waits for the process to end; false if it is still running after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExit(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException) { return false; }
    }

    /// <summary>The last lines of the log, for failure messages.</summary>
    public string LogTail(int lines = 60)
    {
        lock (logLock)
        {
            try
            {
                using var stream = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                var all = new StreamReader(stream).ReadToEnd().Split('\n');
                return $"---- last lines of {LogFile}\n" + string.Join('\n', all.TakeLast(lines));
            }
            catch (IOException e) { return $"(log {LogFile} unreadable: {e.Message})"; }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException) { } // never started or already gone
        process.Dispose();
        lock (logLock) log.Dispose();
    }

    /// <summary>A free TCP port on the loopback interface (free now; the host binds it a moment later).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until a server <paramref name="process"/> started answers on 127.0.0.1:<paramref name="port"/>; fails after 15 s or if it exits.</summary>
    public static async Task WaitForPort(int port, Process process)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.HasExited) { await Task.Delay(50); }
        }
    }

    private const int SigTerm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}

/// <param name="Output">What the verb printed on stdout (the host's log lines included).</param>
/// <param name="Log">The end of the log file, for failure messages.</param>
public sealed record CliResult(int ExitCode, string Output, string Log);
