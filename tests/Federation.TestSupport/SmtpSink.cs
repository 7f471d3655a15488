using System.Diagnostics;

namespace Federation.TestSupport;

/// <summary>
/// A real SMTP server on 127.0.0.1 for tests and benchmarks: Debian's python3-aiosmtpd, writing each
/// mail it accepts, as received, into a Maildir. Missing, it fails with the install hint (never skips). The test
/// reads what arrived (<see cref="Mails"/>) as raw RFC 5322 files.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    public const string Python = "/usr/bin/python3";
    public const string InstallHint = "The tests need a real SMTP server: apt-get install -y python3-aiosmtpd (.ci/test installs it).";

    private readonly Process process;

    private SmtpSink(Process process, int port, string maildir)
    {
        this.process = process;
        Port = port;
        Maildir = maildir;
    }

    public int Port { get; }
    public string Maildir { get; }

    /// <summary>Starts the server on <paramref name="port"/> (a free one if 0) and waits until it answers.</summary>
    public static async Task<SmtpSink> Start(int port = 0, string? maildir = null)
    {
        if (!File.Exists(Python) || !await HasAiosmtpd()) throw new InvalidOperationException(InstallHint);
        port = port == 0 ? HostProcess.FreePort() : port;
        maildir ??= Path.Combine(NewFolder(), "maildir");
        // Each mail stored as received (raw_maildir.py, copied beside this assembly), not parsed and rewritten.
        var start = new ProcessStartInfo(Python, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "raw_maildir.RawMaildir", maildir])
        {
            RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
            Environment = { ["PYTHONPATH"] = AppContext.BaseDirectory },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        await HostProcess.WaitForPort(port, process);
        return new SmtpSink(process, port, maildir);
    }

    /// <summary>
    /// In memory where the machine has it (/dev/shm): a send of 10,000 mails makes 10,000 files, and on a disk that has
    /// seen many files come and go the file system's search for free inodes took a fifth of the machine's CPU.
    /// </summary>
    private static string NewFolder() =>
        Directory.Exists("/dev/shm")
            ? Directory.CreateDirectory(Path.Combine("/dev/shm", $"federation-maildir-{Guid.NewGuid():N}")).FullName
            : Directory.CreateTempSubdirectory("federation-maildir-").FullName;

    /// <summary>The raw mails received so far (Maildir's <c>new</c> folder).</summary>
    public IReadOnlyList<string> Files()
    {
        var folder = Path.Combine(Maildir, "new");
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }

    /// <summary>Waits until at least <paramref name="count"/> mails arrived, failing after the timeout.</summary>
    public async Task<IReadOnlyList<string>> WaitFor(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (Files().Count < count)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{Files().Count} of {count} mails arrived at 127.0.0.1:{Port}.");
            await Task.Delay(50);
        }
        return Files();
    }

    /// <summary>Stops the server (the Maildir stays for reading).</summary>
    public async Task Stop()
    {
        if (process.HasExited) return;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Stop();
        process.Dispose();
        TestHost.TryDelete(Path.GetDirectoryName(Maildir)!);
    }

    private static async Task<bool> HasAiosmtpd()
    {
        using var check = Process.Start(new ProcessStartInfo(Python, ["-c", "import aiosmtpd"]) { RedirectStandardError = true, UseShellExecute = false });
        if (check is null) return false;
        await check.WaitForExitAsync();
        return check.ExitCode == 0;
    }
}
