using BenchmarkDotNet.Running;

// Every benchmark class in this assembly; pick with --filter. Custom drivers run by name:
//   dotnet run -c Release --project tests/Federation.Benchmarks -- <driver> [args]
if (args.Length > 0 && Federation.Benchmarks.Drivers.Find(args[0]) is { } driver)
    return await driver(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
