package org.deskbot;

import java.io.PrintWriter;
import org.deskbot.cli.AskCommand;
import org.deskbot.cli.BenchCommand;
import org.deskbot.cli.CalibrateCommand;
import org.deskbot.cli.DemoCommand;
import org.deskbot.cli.DraftsCommand;
import org.deskbot.cli.EscalateCommand;
import org.deskbot.cli.EvalCommand;
import org.deskbot.cli.ExitException;
import org.deskbot.cli.FeedbackCommand;
import org.deskbot.cli.IngestCommand;
import org.deskbot.cli.InteractionsCommand;
import org.deskbot.cli.PurgeCommand;
import org.deskbot.cli.TicketsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** deskbot's command line: registers the commands, nothing else. */
@Command(
    name = "deskbot",
    mixinStandardHelpOptions = true,
    version = "deskbot 0.1.0",
    description = "The help-desk chatbot and ticket deflector for a school district's tech team.",
    subcommands = {
      IngestCommand.class,
      AskCommand.class,
      EvalCommand.class,
      CalibrateCommand.class,
      BenchCommand.class,
      FeedbackCommand.class,
      EscalateCommand.class,
      TicketsCommand.class,
      InteractionsCommand.class,
      PurgeCommand.class,
      DraftsCommand.class,
      DemoCommand.class,
      org.deskbot.cli.TrainCommand.class,
      org.deskbot.cli.ServeCommand.class,
      org.deskbot.cli.TeamsPackageCommand.class,
      org.deskbot.cli.ReportCommand.class,
      org.deskbot.cli.ImportCommand.class,
      org.deskbot.cli.HashPasswordCommand.class,
      org.deskbot.cli.MigrateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /**
   * Held so the setting is not garbage-collected: Lucene's start-up INFO lines are noise to a user.
   */
  private static final java.util.logging.Logger LUCENE_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene");

  public static void main(String[] args) {
    LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (used by tests too). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          PrintWriter err = cmd.getErr();
          if (e instanceof ExitException exit) {
            err.println("deskbot: " + exit.getMessage());
            err.flush();
            return exit.code();
          }
          err.println("deskbot: " + cmd.getCommandName() + " failed: " + describe(e));
          err.flush();
          return ExitException.FAILED;
        });
    cli.setParameterExceptionHandler(
        (e, a) -> {
          PrintWriter err = e.getCommandLine().getErr();
          err.println(
              "deskbot: "
                  + e.getMessage()
                  + " (see `"
                  + e.getCommandLine().getCommandSpec().qualifiedName()
                  + " --help`)");
          err.flush();
          return ExitException.USAGE;
        });
    return cli.execute(args);
  }

  private static String describe(Throwable e) {
    String msg = e.getMessage();
    return msg == null || msg.isBlank()
        ? e.getClass().getSimpleName()
        : msg.replaceAll("\\s+", " ");
  }
}
