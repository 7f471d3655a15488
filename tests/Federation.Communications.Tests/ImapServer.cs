using System.Diagnostics;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using MimeKit;

namespace Federation.Communications.Tests;

/// <summary>
/// A real IMAP server on 127.0.0.1: Debian's dovecot-imapd (installed by <c>.ci/test</c>), started with its own
/// configuration in a temporary folder (one user, a Maildir, plain login on loopback only). The product reads
/// it as it would the association's mailbox; the test puts mails in and looks at their flags.
/// </summary>
internal sealed class ImapServer : IAsyncDisposable
{
    public const string Dovecot = "/usr/sbin/dovecot";
    public const string User = "nyhetsbrev";
    public const string Password = "imap-test-pw";

    private readonly Process process;
    private readonly string folder;

    private ImapServer(Process process, string folder, int port) => (this.process, this.folder, Port) = (process, folder, port);

    public int Port { get; }

    public static async Task<ImapServer> Start()
    {
        if (!File.Exists(Dovecot)) throw new InvalidOperationException("The tests need a real IMAP server: apt-get install -y dovecot-imapd (.ci/test installs it).");
        var folder = Directory.CreateTempSubdirectory("federation-imap-").FullName;
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101); // dovecot's auth process (its own user) reads the passwd file
        var port = HostProcess.FreePort();
        Directory.CreateDirectory(Path.Combine(folder, "mail"));
        File.SetUnixFileMode(Path.Combine(folder, "mail"), (UnixFileMode)0b111_111_111); // the mail processes run as the dovecot user
        await File.WriteAllTextAsync(Path.Combine(folder, "passwd"), $"{User}:{{PLAIN}}{Password}::::::\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "dovecot.conf"), $$"""
            protocols = imap
            listen = 127.0.0.1
            base_dir = {{folder}}/run
            state_dir = {{folder}}/state
            log_path = {{folder}}/dovecot.log
            ssl = no
            disable_plaintext_auth = no
            default_internal_user = dovecot
            default_internal_group = dovecot
            default_login_user = dovenull
            first_valid_uid = 1
            mail_uid = dovecot
            mail_gid = dovecot
            mail_location = maildir:{{folder}}/mail/%u
            passdb {
              driver = passwd-file
              args = scheme=PLAIN {{folder}}/passwd
            }
            userdb {
              driver = static
              args = uid=dovecot gid=dovecot home={{folder}}/mail/%u
            }
            service imap-login {
              chroot =
              inet_listener imap {
                address = 127.0.0.1
                port = {{port}}
              }
              inet_listener imaps {
                port = 0
              }
            }
            service anvil {
              chroot =
            }
            """);
        var process = Process.Start(new ProcessStartInfo(Dovecot, ["-F", "-c", Path.Combine(folder, "dovecot.conf")])
        {
            RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
        }) ?? throw new InvalidOperationException("dovecot did not start");
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        await HostProcess.WaitForPort(port, process);
        return new ImapServer(process, folder, port);
    }

    /// <summary>Puts a mail in the inbox, as if it had been delivered; its UID.</summary>
    public async Task<UniqueId> Deliver(MimeMessage message) => await With(async inbox => (await inbox.AppendAsync(message, MessageFlags.None))!.Value);

    /// <summary>The UIDs of the inbox's unread mails.</summary>
    public Task<IList<UniqueId>> Unread() => With(inbox => inbox.SearchAsync(SearchQuery.NotSeen));

    private async Task<T> With<T>(Func<IMailFolder, Task<T>> work)
    {
        using var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(User, Password);
        await client.Inbox.OpenAsync(FolderAccess.ReadWrite);
        var result = await work(client.Inbox);
        await client.DisconnectAsync(true);
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        TestHost.TryDelete(folder);
    }
}
