package org.deskbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.deskbot.eval.Links;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a video link lands, on a video that is not the demo's: a how-to with a troubleshooting part
 * at the end and no chapters. A teacher who reports a problem lands on the fix, not on the step
 * that says the same words; a how-to question still lands on its step.
 */
class VideoMomentIT {
  @TempDir static Path home;
  @TempDir static Path content;

  static final String URL = "https://www.youtube.com/watch?v=docCam12345";

  static final String[] CUES = {
    "0.5|Hi, this is Sam from the district tech team.",
    "4.0|Today we'll set up the document camera, show it on the projector, and take a snapshot.",
    "9.5|Then we'll fix the problem we hear about most: a camera that shows a black screen.",
    "16.0|First, plug the camera's USB cable into your laptop.",
    "20.5|The light on the camera's base turns blue when it has power.",
    "25.0|Open the Visualizer app from the Start menu.",
    "29.5|The camera picture fills the window right away.",
    "34.0|Use the zoom slider on the right to get closer to the page.",
    "39.0|Click the auto focus button if the text looks soft.",
    "45.0|Now, let's save a picture of a student's work.",
    "49.5|Click the round camera button at the bottom of the window.",
    "54.0|The picture goes to the Pictures folder on your laptop.",
    "58.5|You can drag it straight into your slides.",
    "64.0|Sometimes the window stays dark.",
    "68.0|Unplug the cable, count to five, and plug it into a different port.",
    "73.0|Close the app and open it again.",
    "77.5|Still nothing? Check that the lens cap is off. It happens to all of us.",
    "83.0|If none of that works, send us a ticket with your room number.",
    "88.0|That's all. Thanks for watching.",
  };

  @BeforeAll
  static void ingest() throws Exception {
    Path videos = Files.createDirectories(content.resolve("videos"));
    StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
    for (int i = 0; i < CUES.length; i++) {
      String[] cue = CUES[i].split("\\|");
      double start = Double.parseDouble(cue[0]);
      double end =
          i + 1 < CUES.length ? Double.parseDouble(CUES[i + 1].split("\\|")[0]) - 0.3 : start + 4;
      vtt.append(time(start))
          .append(" --> ")
          .append(time(end))
          .append('\n')
          .append(cue[1])
          .append("\n\n");
    }
    Files.writeString(videos.resolve("document-camera.vtt"), vtt);
    Files.writeString(
        videos.resolve("document-camera.json"),
        "{\"title\": \"Using the Document Camera in Your Classroom\", \"url\": \"" + URL + "\"}");
    Path faq = Files.createDirectories(content.resolve("faq"));
    Files.writeString(
        faq.resolve("projector.md"),
        """
        ---
        title: "My projector's lamp light is blinking. What should I do?"
        url: https://help.example/faq/projector
        ---
        Turn the projector off, let it cool for ten minutes, and submit a ticket for a new lamp.
        """);
    CliRun run = CliRun.of("ingest", "--home", home.toString(), "--content", content.toString());
    assertEquals(0, run.exit(), run.out() + run.err());
  }

  private static String time(double s) {
    int ms = (int) Math.round(s * 1000);
    return "00:%02d:%02d.%03d".formatted(ms / 60_000, ms / 1000 % 60, ms % 1000);
  }

  private static int videoSecond(String question) throws Exception {
    CliRun run = CliRun.of("ask", "--home", home.toString(), "--json", question);
    assertEquals(0, run.exit(), run.err());
    JsonNode answer = new ObjectMapper().readTree(run.out());
    for (JsonNode r : answer.get("results")) {
      if (Links.matches(r.get("url").asText(), URL)) {
        return Links.seconds(r.get("url").asText());
      }
    }
    throw new AssertionError("no link to the video: " + answer);
  }

  @Test
  void aReportedProblemLandsOnTheFix() throws Exception {
    int t =
        videoSecond("i opened the visualizer app on my laptop but the camera picture stays black");
    assertTrue(t >= 60 && t <= 85, "the fix for a dark window is spoken 64-88 s, link at " + t);
  }

  @Test
  void aHowToQuestionLandsOnItsStep() throws Exception {
    int t = videoSecond("how do i zoom in closer on the page with the document camera");
    assertTrue(t >= 29 && t <= 44, "zooming is spoken 34-44 s, link at " + t);
  }
}
