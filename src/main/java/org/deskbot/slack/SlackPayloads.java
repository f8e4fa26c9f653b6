package org.deskbot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.ViewState;
import com.slack.api.util.json.GsonFactory;
import java.util.List;
import java.util.Map;

/** Reading what Slack sends: a button's value, where it was pressed, a form's inputs. */
final class SlackPayloads {
  static final ObjectMapper JSON = new ObjectMapper();

  private SlackPayloads() {}

  /** A word only the person who pressed the button sees, where they pressed it. */
  static void ephemeral(MethodsClient client, BlockActionPayload p, String text) throws Exception {
    String thread = p.getContainer() == null ? null : p.getContainer().getThreadTs();
    SlackApi.call(
        "chat.postEphemeral",
        () ->
            client.chatPostEphemeral(
                r -> r.channel(channel(p)).user(p.getUser().getId()).threadTs(thread).text(text)));
  }

  static String actionValue(BlockActionPayload p) {
    return p.getActions().get(0).getValue();
  }

  static String channel(BlockActionPayload p) {
    if (p.getChannel() != null) {
      return p.getChannel().getId();
    }
    return p.getContainer() == null || p.getContainer().getChannelId() == null
        ? ""
        : p.getContainer().getChannelId();
  }

  static String messageTs(BlockActionPayload p) {
    if (p.getContainer() != null && p.getContainer().getMessageTs() != null) {
      return p.getContainer().getMessageTs();
    }
    return p.getMessage() == null || p.getMessage().getTs() == null ? "" : p.getMessage().getTs();
  }

  static String blocksOf(BlockActionPayload p) {
    return p.getMessage() == null || p.getMessage().getBlocks() == null
        ? "[]"
        : GsonFactory.createSnakeCase().toJson(p.getMessage().getBlocks());
  }

  static JsonNode readJson(String s) {
    try {
      return JSON.readTree(s == null || s.isBlank() ? "{}" : s);
    } catch (java.io.IOException e) {
      return JSON.createObjectNode();
    }
  }

  static String text(Map<String, Map<String, ViewState.Value>> values, String block) {
    ViewState.Value v = value(values, block);
    return v == null || v.getValue() == null ? "" : v.getValue();
  }

  static String selected(Map<String, Map<String, ViewState.Value>> values, String block) {
    ViewState.Value v = value(values, block);
    return v == null || v.getSelectedOption() == null ? "" : v.getSelectedOption().getValue();
  }

  static List<String> selectedAll(Map<String, Map<String, ViewState.Value>> values, String block) {
    ViewState.Value v = value(values, block);
    return v == null || v.getSelectedOptions() == null
        ? List.of()
        : v.getSelectedOptions().stream().map(ViewState.SelectedOption::getValue).toList();
  }

  private static ViewState.Value value(
      Map<String, Map<String, ViewState.Value>> values, String block) {
    Map<String, ViewState.Value> b = values == null ? null : values.get(block);
    return b == null ? null : b.get("value");
  }

  /** Slack's event ids are never blank when present; a missing one is null. */
  static String idOrNull(String id) {
    return id == null || id.isBlank() ? null : id;
  }
}
