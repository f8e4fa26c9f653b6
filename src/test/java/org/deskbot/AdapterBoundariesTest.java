package org.deskbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The chat adapters translate and nothing more: they never reach storage; the ticket rules in
 * escalate/ know nothing of the conversation, the platforms or the command line.
 */
@AnalyzeClasses(packages = "org.deskbot", importOptions = ImportOption.DoNotIncludeTests.class)
class AdapterBoundariesTest {
  @ArchTest
  static final ArchRule adaptersDoNotReachStorage =
      noClasses()
          .that()
          .resideInAnyPackage("org.deskbot.slack..", "org.deskbot.teams..", "org.deskbot.web..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.deskbot.storage..")
          .because("an adapter speaks through the conversation service, never to a store");

  @ArchTest
  static final ArchRule ticketRulesStandAlone =
      noClasses()
          .that()
          .resideInAPackage("org.deskbot.escalate..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.deskbot.chat..",
              "org.deskbot.slack..",
              "org.deskbot.teams..",
              "org.deskbot.web..",
              "org.deskbot.cli..")
          .because("the ticket lifecycle is the home of its rules, used by everyone above it");
}
