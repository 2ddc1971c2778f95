return await IclClaims.Experiments.Cli.CommandLineApp.RunAsync(args);
