package org.deskbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The arrows between packages point one way (each package's {@code package-info.java} says what it
 * must not depend on): the flow ingest → index → answer → escalate → report, the edges outside it,
 * and only {@code cli} wiring things together.
 */
@AnalyzeClasses(packages = "org.deskbot", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The commands and the wiring are the top: nothing but the picocli root reaches into them. */
  @ArchTest
  static final ArchRule nothingButMainDependsOnTheCommandLine =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.deskbot.cli..")
          .and()
          .doNotHaveFullyQualifiedName("org.deskbot.Main")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.deskbot.cli..");

  /**
   * Commands do not borrow from each other: what two commands share lives in a class of its own
   * ({@code Wiring}, {@code CliFiles}, {@code IngestOutput}, ...).
   */
  @ArchTest
  static final ArchRule commandsDoNotReachIntoOtherCommands =
      classes()
          .that()
          .resideInAPackage("org.deskbot.cli")
          .and()
          .haveSimpleNameEndingWith("Command")
          .should(
              new ArchCondition<JavaClass>("not depend on another command") {
                @Override
                public void check(JavaClass command, ConditionEvents events) {
                  for (Dependency d : command.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    if (target.getPackageName().equals("org.deskbot.cli")
                        && target.getSimpleName().endsWith("Command")
                        && !target.equals(command)) {
                      events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                  }
                }
              });

  /** The weekly summary is figures and text; {@code serve} schedules and delivers it. */
  @ArchTest
  static final ArchRule reportDoesNotDependOnTheServer =
      noClasses()
          .that()
          .resideInAPackage("org.deskbot.report..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.deskbot.server..");

  /** Reading content, indexing and answering know nothing of the conversation or its platforms. */
  @ArchTest
  static final ArchRule contentAndAnswersDoNotDependOnChatOrItsPlatforms =
      noClasses()
          .that()
          .resideInAnyPackage("org.deskbot.ingest..", "org.deskbot.index..", "org.deskbot.answer..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.deskbot.chat..",
              "org.deskbot.slack..",
              "org.deskbot.teams..",
              "org.deskbot.web..");

  /** Storage implements the features' store interfaces; it never calls out to the edges. */
  @ArchTest
  static final ArchRule storageDoesNotDependOnTheEdges =
      noClasses()
          .that()
          .resideInAPackage("org.deskbot.storage..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.deskbot.slack..",
              "org.deskbot.teams..",
              "org.deskbot.web..",
              "org.deskbot.server..");

  /** The features own their store interfaces; only the wiring picks the SQLite implementations. */
  @ArchTest
  static final ArchRule featuresDoNotDependOnStorage =
      noClasses()
          .that()
          .resideInAnyPackage(
              "org.deskbot.ingest..",
              "org.deskbot.index..",
              "org.deskbot.answer..",
              "org.deskbot.classify..",
              "org.deskbot.escalate..",
              "org.deskbot.report..",
              "org.deskbot.chat..",
              "org.deskbot.eval..",
              "org.deskbot.config..",
              "org.deskbot.server..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.deskbot.storage..");

  /** No two top-level packages depend on each other, however indirectly. */
  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices().matching("org.deskbot.(*)..").should().beFreeOfCycles();

  /** Tools with a {@code main} of their own live with the tests; deskbot has one front door. */
  @ArchTest
  static final ArchRule theCommandLineIsTheOnlyMain =
      methods().that().haveName("main").and().areStatic().should().beDeclaredIn(Main.class);
}
