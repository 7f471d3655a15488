using Federation.Host.Cli;

// The host binary is the web app (default verb `serve`) and the admin CLI.
return await FederationCli.Run(args, Console.Out, Console.Error);

/// <summary>Entry point type, visible to in-process tests.</summary>
public partial class Program;
